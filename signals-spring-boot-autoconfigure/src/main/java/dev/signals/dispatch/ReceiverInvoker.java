package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * Calls one receiver with a payload; annotated methods are bound through method handles so
 * that dispatch involves no reflection.
 */
@FunctionalInterface
public interface ReceiverInvoker {

	/**
	 * Call the receiver.
	 * @param sender the class that sent the signal, {@code null} for a signal sent without one
	 * @param payload the custom signal's payload or the model event
	 * @return the receiver's response, {@code null} from a {@code void} method
	 * @throws Throwable whatever the receiver throws, unwrapped
	 */
	@Nullable Object invoke(@Nullable Class<?> sender, Object payload) throws Throwable;

}
