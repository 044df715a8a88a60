package dev.signals.dispatch;

import java.lang.reflect.UndeclaredThrowableException;

import org.jspecify.annotations.Nullable;

import dev.signals.Connection;
import dev.signals.Phase;

/**
 * One receiver connected to one signal for one sender filter.
 */
public final class ConnectedReceiver implements Connection {

	private final String signal;

	private final @Nullable Class<?> sender;

	private final Phase phase;

	private final int order;

	private final @Nullable String dispatchUid;

	private final String name;

	private final ReceiverInvoker invoker;

	private final boolean observer;

	private final boolean async;

	private final boolean durable;

	private final ReceiverStats stats = new ReceiverStats();

	private volatile @Nullable ReceiverRegistry registry;

	long sequence;

	/**
	 * A synchronous receiver that is not durable.
	 * @param signal the name of the signal it receives
	 * @param sender receive only signals of this sender and its subclasses, {@code null} for
	 * any sender
	 * @param phase when the receiver runs
	 * @param order its place among the receivers of the signal, lower first
	 * @param dispatchUid a unique identifier per signal and sender: a second receiver under it
	 * is not connected; {@code null} or empty for none
	 * @param name the receiver's name in responses, logs and the actuator endpoint
	 * @param invoker calls the receiver
	 */
	public ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker) {
		this(signal, sender, phase, order, dispatchUid, name, invoker, false, false, false);
	}

	/**
	 * A receiver connected in code, which is never durable.
	 * @param signal the name of the signal it receives
	 * @param sender receive only signals of this sender and its subclasses, {@code null} for
	 * any sender
	 * @param phase when the receiver runs
	 * @param order its place among the receivers of the signal, lower first
	 * @param dispatchUid a unique identifier per signal and sender: a second receiver under it
	 * is not connected; {@code null} or empty for none
	 * @param name the receiver's name in responses, logs and the actuator endpoint
	 * @param invoker calls the receiver
	 * @param async whether the receiver runs on the application task executor
	 * @throws IllegalArgumentException if an async receiver's phase cannot run it
	 */
	public ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker, boolean async) {
		this(signal, sender, phase, order, dispatchUid, name, invoker, false, async, false);
	}

	/**
	 * A receiver of a {@link dev.signals.SignalReceiver} method, which may also be durable.
	 * @param signal the name of the signal it receives
	 * @param sender receive only signals of this sender and its subclasses, {@code null} for
	 * any sender
	 * @param phase when the receiver runs
	 * @param order its place among the receivers of the signal, lower first
	 * @param dispatchUid a unique identifier per signal and sender: a second receiver under it
	 * is not connected; {@code null} or empty for none
	 * @param name the receiver's name in responses, logs and the actuator endpoint
	 * @param invoker calls the receiver
	 * @param async whether the receiver runs on the application task executor
	 * @param durable whether its calls are recorded with the sending transaction and retried
	 * @throws IllegalArgumentException if an async or durable receiver's phase cannot run it
	 */
	public ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker, boolean async, boolean durable) {
		this(signal, sender, phase, order, dispatchUid, name, invoker, false, async, durable);
	}

	/**
	 * Any receiver, observers included.
	 * @param observer whether the receiver only observes, as test recording does: it gives no
	 * response, counts for no {@code hasReceivers}, and no interceptor sees it
	 */
	ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker, boolean observer, boolean async,
			boolean durable) {
		PhaseViolation violation = PhaseViolation.of(phase, async, durable);
		if (violation != null) {
			throw violation.toException(name);
		}
		this.observer = observer;
		this.async = async;
		this.durable = durable;
		this.signal = signal;
		this.sender = sender;
		this.phase = phase;
		this.order = order;
		this.dispatchUid = (dispatchUid == null || dispatchUid.isEmpty()) ? null : dispatchUid;
		this.name = name;
		this.invoker = invoker;
	}

	/**
	 * Call the receiver; runtime exceptions and errors propagate as they are, checked ones
	 * wrapped as Spring's own listeners do.
	 * @param sender the class that sent the signal, {@code null} for a signal sent without one
	 * @param payload the custom signal's payload or the model event
	 * @return the receiver's response, {@code null} from a {@code void} method
	 */
	public @Nullable Object invoke(@Nullable Class<?> sender, Object payload) {
		try {
			return this.invoker.invoke(sender, payload);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new UndeclaredThrowableException(ex, "Receiver " + this.name + " threw a checked exception");
		}
	}

	/**
	 * Whether both connections call the same receiver, as one method connected for
	 * several senders.
	 */
	boolean sameTarget(ConnectedReceiver other) {
		return this.invoker == other.invoker && this.signal.equals(other.signal);
	}

	boolean accepts(Class<?> senderClass) {
		return this.sender == null || this.sender.isAssignableFrom(senderClass);
	}

	void attach(ReceiverRegistry registry) {
		this.registry = registry;
	}

	void detach() {
		this.registry = null;
	}

	/**
	 * Whether the receiver's calls are recorded with the sending transaction and retried until
	 * they succeed.
	 * @return whether the receiver is durable
	 */
	public boolean isDurable() {
		return this.durable;
	}

	/**
	 * Whether the receiver runs on the application task executor, not the sender's thread.
	 * @return whether the receiver is async
	 */
	public boolean isAsync() {
		return this.async;
	}

	/**
	 * Whether the receiver only observes, as test recording does, and must stay out of
	 * responses, {@code hasReceivers} and interceptors.
	 * @return whether the receiver is an observer
	 */
	public boolean isObserver() {
		return this.observer;
	}

	/**
	 * The receiver's call and failure counts, for the actuator endpoint.
	 * @return the live counts
	 */
	public ReceiverStats stats() {
		return this.stats;
	}

	@Override
	public String signal() {
		return this.signal;
	}

	/**
	 * The sender filter: signals of this class and its subclasses reach the receiver.
	 * @return the sender class, {@code null} for any sender
	 */
	public @Nullable Class<?> sender() {
		return this.sender;
	}

	/**
	 * When the receiver runs, relative to the sender's transaction.
	 * @return the phase
	 */
	public Phase phase() {
		return this.phase;
	}

	/**
	 * The receiver's place among the receivers of its signal.
	 * @return the order, lower first
	 */
	public int order() {
		return this.order;
	}

	/**
	 * The identifier under which no second receiver connects for the same signal and sender.
	 * @return the dispatch uid, {@code null} for none
	 */
	public @Nullable String dispatchUid() {
		return this.dispatchUid;
	}

	@Override
	public String receiver() {
		return this.name;
	}

	@Override
	public boolean isConnected() {
		return this.registry != null;
	}

	@Override
	public boolean disconnect() {
		ReceiverRegistry current = this.registry;
		return current != null && current.disconnect(this);
	}

	@Override
	public String toString() {
		return this.name + " <- " + this.signal + ((this.sender != null) ? " from " + this.sender.getName() : "");
	}

}
