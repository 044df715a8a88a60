package dev.signals.test;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.signals.Phase;

/**
 * One signal as a receiver in one phase received it.
 *
 * @param sequence its position among all recordings of the context, from 0
 * @param time when it was received
 * @param signal the signal's name
 * @param sender the sender: the entity class of a model signal, the class given to
 * {@link dev.signals.Signals#send}; {@code null} when sent without one
 * @param payload the custom signal's payload or the model signal's event
 * @param phase the phase it was received in
 * @since 0.1.0
 */
public record RecordedSignal(long sequence, Instant time, String signal, @Nullable Class<?> sender, Object payload,
		Phase phase) {

}
