package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * One receiver call as a {@link SignalInterceptor} sees it.
 *
 * @since 0.1.0
 */
public interface SignalInvocation {

	/**
	 * The signal's name.
	 * @return a custom signal's name or one of the {@link ModelSignals}
	 */
	String signal();

	/**
	 * The sender: the entity class of a model signal, the class given to {@link Signals#send}.
	 * @return the sender, {@code null} when the signal was sent without one
	 */
	@Nullable Class<?> sender();

	/**
	 * The payload of a custom signal or the event of a model signal.
	 * @return the payload
	 */
	Object payload();

	/**
	 * The receiver's name, {@code bean.method} for annotated receivers.
	 * @return the receiver's name
	 */
	String receiver();

	/**
	 * The phase the receiver runs in.
	 * @return the phase
	 */
	Phase phase();

	/**
	 * Run the next interceptor, or the receiver itself after the last one.
	 * @return the receiver's response
	 */
	@Nullable Object proceed();

}
