package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * A receiver connected in code with {@link Signals#connect}.
 *
 * @param <T> the payload or event type
 * @since 0.1.0
 */
@FunctionalInterface
public interface Receiver<T> {

	/**
	 * Receive a signal.
	 * @param payload the custom signal's payload or the model signal's event
	 * @return the response, returned by {@link Signals#send}; may be {@code null}
	 */
	@Nullable Object receive(T payload);

}
