package dev.signals;

/**
 * A receiver connected to a signal, as returned by {@link Signals#connect}.
 *
 * @since 0.1.0
 */
public interface Connection {

	/**
	 * The name of the connected signal.
	 * @return the signal name
	 */
	String signal();

	/**
	 * A readable name of the receiver, as used in logs.
	 * @return the receiver's name
	 */
	String receiver();

	/**
	 * Whether the receiver is connected: {@code false} once disconnected, or when a receiver with
	 * the same dispatch uid was connected first.
	 * @return whether it receives signals
	 */
	boolean isConnected();

	/**
	 * Disconnect the receiver.
	 * @return {@code true} if it was connected
	 */
	boolean disconnect();

}
