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

	public ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker) {
		this(signal, sender, phase, order, dispatchUid, name, invoker, false, false, false);
	}

	/**
	 * @param async whether the receiver runs on the application task executor
	 */
	public ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker, boolean async) {
		this(signal, sender, phase, order, dispatchUid, name, invoker, false, async, false);
	}

	/**
	 * @param async whether the receiver runs on the application task executor
	 * @param durable whether its calls are recorded with the sending transaction and retried
	 */
	public ConnectedReceiver(String signal, @Nullable Class<?> sender, Phase phase, int order,
			@Nullable String dispatchUid, String name, ReceiverInvoker invoker, boolean async, boolean durable) {
		this(signal, sender, phase, order, dispatchUid, name, invoker, false, async, durable);
	}

	/**
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

	public boolean isDurable() {
		return this.durable;
	}

	public boolean isAsync() {
		return this.async;
	}

	public boolean isObserver() {
		return this.observer;
	}

	public ReceiverStats stats() {
		return this.stats;
	}

	@Override
	public String signal() {
		return this.signal;
	}

	public @Nullable Class<?> sender() {
		return this.sender;
	}

	public Phase phase() {
		return this.phase;
	}

	public int order() {
		return this.order;
	}

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
