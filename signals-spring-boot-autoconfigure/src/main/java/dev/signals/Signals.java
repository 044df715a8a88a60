package dev.signals;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The dispatcher: sends custom signals to their receivers and connects receivers in code, as
 * Django's {@code Signal}. Model signals are sent by the entity writes themselves.
 * <ul>
 * <li>{@code send} calls the matching receivers in order; the first exception propagates.</li>
 * <li>{@code sendRobust} calls them all; each exception is logged and becomes that receiver's
 * response.</li>
 * <li>{@code hasReceivers} tells whether anybody listens.</li>
 * <li>{@code connect} adds a receiver, {@link Connection#disconnect()} removes it.</li>
 * <li>{@code muted} runs code during which nothing is dispatched on its thread.</li>
 * </ul>
 * Receivers with a {@link Phase} other than {@link Phase#IMMEDIATE} are scheduled on the
 * current transaction and give no response.
 * <p>
 * With {@code signals.enabled=false} the {@code Signals} bean stays, so that the beans that
 * inject it still start, but it is inert: {@code send} and {@code sendRobust} call nobody and
 * return an empty list, {@code hasReceivers} is {@code false}, {@code connect} returns a
 * connection that is not connected and whose receiver is never called, {@code disconnect}
 * returns {@code false}, and {@code muted} only runs its action. It still rejects a payload
 * of the wrong type, a model signal name that is none, and options that could never work, as
 * the dispatcher does. Entity writes send nothing, and {@link SignalReceiver} methods are
 * neither connected nor checked.
 *
 * @since 0.1.0
 */
public interface Signals {

	/**
	 * Send a custom signal to its receivers in order.
	 * @param <T> the payload type
	 * @param signal the signal, declared as a bean
	 * @param sender the sender class receivers may filter on; {@code null} for none
	 * @param payload the payload
	 * @return the responses of the receivers that ran, in call order
	 * @throws IllegalArgumentException if the signal is not declared
	 */
	<T> List<Response> send(Signal<T> signal, @Nullable Class<?> sender, T payload);

	/**
	 * Send a custom signal to all its receivers; an exception is logged at ERROR with the
	 * receiver's name and returned as its response.
	 * @param <T> the payload type
	 * @param signal the signal, declared as a bean
	 * @param sender the sender class receivers may filter on; {@code null} for none
	 * @param payload the payload
	 * @return the responses of the receivers that ran, in call order
	 * @throws IllegalArgumentException if the signal is not declared
	 */
	<T> List<Response> sendRobust(Signal<T> signal, @Nullable Class<?> sender, T payload);

	/**
	 * Tell whether any receiver listens to a signal from a sender.
	 * @param signal the signal name, custom or model
	 * @param sender the sender class, {@code null} to ask about receivers of any sender
	 * @return {@code true} if a receiver would be called
	 */
	boolean hasReceivers(String signal, @Nullable Class<?> sender);

	/**
	 * Tell whether any receiver listens to a custom signal from a sender, taking the signal as
	 * {@code send} does.
	 * @param signal the signal
	 * @param sender the sender class, {@code null} to ask about receivers of any sender
	 * @return {@code true} if a receiver would be called
	 * @since 0.2.0
	 * @see #hasReceivers(String, Class)
	 */
	default boolean hasReceivers(Signal<?> signal, @Nullable Class<?> sender) {
		return hasReceivers(signal.name(), sender);
	}

	/**
	 * Connect a receiver to a custom signal, for any sender.
	 * @param <T> the payload type
	 * @param signal the signal
	 * @param receiver the receiver
	 * @return the connection
	 */
	default <T> Connection connect(Signal<T> signal, Receiver<? super T> receiver) {
		return connect(signal, ConnectOptions.DEFAULTS, receiver);
	}

	/**
	 * Connect a receiver to a custom signal.
	 * @param <T> the payload type
	 * @param signal the signal
	 * @param options the sender filter, phase, dispatch uid and order
	 * @param receiver the receiver
	 * @return the connection, not connected if its dispatch uid is taken
	 */
	<T> Connection connect(Signal<T> signal, ConnectOptions options, Receiver<? super T> receiver);

	/**
	 * Connect a receiver to a model signal for an entity class and its subclasses.
	 * @param <E> the entity type
	 * @param modelSignal one of the {@link ModelSignals} names
	 * @param entityClass the entity class
	 * @param options the phase, dispatch uid and order; a sender in them is ignored
	 * @param receiver the receiver of the {@link ModelEvent}
	 * @return the connection, not connected if its dispatch uid is taken
	 */
	<E> Connection connect(String modelSignal, Class<E> entityClass, ConnectOptions options,
			Receiver<? super ModelEvent<E>> receiver);

	/**
	 * Disconnect the receiver connected with a dispatch uid.
	 * @param signal the signal name
	 * @param sender the sender it was connected for, {@code null} for any
	 * @param dispatchUid the receiver's dispatch uid
	 * @return {@code true} if a receiver was disconnected
	 */
	boolean disconnect(String signal, @Nullable Class<?> sender, String dispatchUid);

	/**
	 * Disconnect the receiver connected to a custom signal with a dispatch uid, taking the
	 * signal as {@code connect} does.
	 * @param signal the signal
	 * @param sender the sender it was connected for, {@code null} for any
	 * @param dispatchUid the receiver's dispatch uid
	 * @return {@code true} if a receiver was disconnected
	 * @since 0.2.0
	 * @see #disconnect(String, Class, String)
	 */
	default boolean disconnect(Signal<?> signal, @Nullable Class<?> sender, String dispatchUid) {
		return disconnect(signal.name(), sender, dispatchUid);
	}

	/**
	 * Run code during which no signal is dispatched on the current thread.
	 * @param action the code to run
	 */
	void muted(Runnable action);

	/**
	 * Run code during which no signal is dispatched on the current thread.
	 * @param <T> the result type
	 * @param action the code to run
	 * @return the action's result
	 */
	<T> T muted(Supplier<T> action);

}
