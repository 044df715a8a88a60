package dev.signals.test;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.signals.Phase;

/**
 * One send of a signal, model or custom, and the phases it has reached so far: {@code IMMEDIATE}
 * as it is sent, then, in a transaction, {@code BEFORE_COMMIT} and {@code AFTER_COMMIT} or
 * {@code AFTER_ROLLBACK}, and {@code AFTER_COMPLETION} as the transaction ends. Outside a
 * transaction a send reaches {@code IMMEDIATE}, {@code BEFORE_COMMIT}, {@code AFTER_COMMIT}
 * and {@code AFTER_COMPLETION} at once. A recording is a snapshot: it does not change when
 * the send reaches a further phase.
 *
 * @param sequence its position among the sends recorded in the context, from 0
 * @param time when it was sent
 * @param signal the signal's name
 * @param sender the sender: the entity class of a model signal, the class given to
 * {@link dev.signals.Signals#send}; {@code null} when sent without one
 * @param payload the custom signal's payload or the model signal's event
 * @param phases the phases it has reached, in the order of {@link Phase}, which is the order
 * they are reached in
 * @since 0.1.0
 */
public record RecordedSignal(long sequence, Instant time, String signal, @Nullable Class<?> sender, Object payload,
		Set<Phase> phases) {

	/**
	 * A recording, with an unmodifiable copy of the phases.
	 * @param sequence its position among the sends recorded in the context, from 0
	 * @param time when it was sent
	 * @param signal the signal's name
	 * @param sender the sender, {@code null} when sent without one
	 * @param payload the custom signal's payload or the model signal's event
	 * @param phases the phases it has reached
	 * @since 0.2.0
	 */
	public RecordedSignal {
		phases = Collections.unmodifiableSet(phases.isEmpty() ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(phases));
	}

	/**
	 * Whether the send has reached a phase: whether receivers of that phase were, or are
	 * being, called with it.
	 * @param phase the phase
	 * @return whether it was reached
	 * @since 0.2.0
	 */
	public boolean reached(Phase phase) {
		return this.phases.contains(phase);
	}

	@Override
	public String toString() {
		return "#" + this.sequence + " '" + this.signal + "'"
				+ ((this.sender != null) ? " from " + this.sender.getSimpleName() : "") + " " + this.phases + ": "
				+ this.payload;
	}

}
