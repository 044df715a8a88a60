package dev.signals.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.signals.Phase;

/**
 * The signals recorded for a test class annotated with {@link RecordSignals}, in the order
 * they were received. A signal sent in a transaction appears once per phase it reaches:
 * {@code IMMEDIATE} as it is sent, then {@code BEFORE_COMMIT}, {@code AFTER_COMMIT} or
 * {@code AFTER_ROLLBACK}, and {@code AFTER_COMPLETION} as the transaction ends; filter with
 * {@link #inPhase(Phase)}. Every query returns a new list, ready for AssertJ:
 *
 * <pre class="code">
 * assertThat(recorded.inPhase(Phase.IMMEDIATE)).extracting(RecordedSignal::signal)
 *     .containsExactly("pre_save", "post_save");
 * </pre>
 *
 * @since 0.1.0
 */
public final class RecordedSignals {

	private final List<RecordedSignal> recordings = new ArrayList<>();

	private long sequence;

	RecordedSignals() {
	}

	/**
	 * All recordings, in the order they were received.
	 * @return the recordings
	 * @since 0.1.0
	 */
	public List<RecordedSignal> all() {
		synchronized (this.recordings) {
			return List.copyOf(this.recordings);
		}
	}

	/**
	 * The recordings of one signal.
	 * @param signal a custom signal's name or one of the {@link dev.signals.ModelSignals}
	 * @return its recordings, in order
	 * @since 0.1.0
	 */
	public List<RecordedSignal> named(String signal) {
		return select((recording) -> recording.signal().equals(signal));
	}

	/**
	 * The payloads and events of a type, such as {@code NewSubscriber.class} or
	 * {@code PostSave.class}.
	 * @param <E> the type
	 * @param type the payload or event class, subclasses included
	 * @return the payloads and events, in order
	 * @since 0.1.0
	 */
	public <E> List<E> ofType(Class<E> type) {
		return select((recording) -> type.isInstance(recording.payload())).stream()
			.map((recording) -> type.cast(recording.payload()))
			.toList();
	}

	/**
	 * The recordings of signals sent by a sender.
	 * @param sender the sender class, subclasses included, as a receiver's sender filter
	 * @return the recordings, in order
	 * @since 0.1.0
	 */
	public List<RecordedSignal> from(Class<?> sender) {
		return select((recording) -> recording.sender() != null && sender.isAssignableFrom(recording.sender()));
	}

	/**
	 * The recordings of one phase.
	 * @param phase the phase
	 * @return the recordings, in order
	 * @since 0.1.0
	 */
	public List<RecordedSignal> inPhase(Phase phase) {
		return select((recording) -> recording.phase() == phase);
	}

	/**
	 * The names of all recorded signals.
	 * @return the names, in order, once per recording
	 * @since 0.1.0
	 */
	public List<String> names() {
		return all().stream().map(RecordedSignal::signal).toList();
	}

	/**
	 * Forget all recordings; done before each test method.
	 * @since 0.1.0
	 */
	public void clear() {
		synchronized (this.recordings) {
			this.recordings.clear();
		}
	}

	void record(String signal, @Nullable Class<?> sender, Object payload, Phase phase) {
		synchronized (this.recordings) {
			this.recordings.add(new RecordedSignal(this.sequence++, Instant.now(), signal, sender, payload, phase));
		}
	}

	private List<RecordedSignal> select(Predicate<RecordedSignal> filter) {
		return all().stream().filter(filter).toList();
	}

	@Override
	public String toString() {
		return "RecordedSignals " + all();
	}

}
