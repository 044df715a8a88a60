package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.Receiver;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.Signals;

/**
 * The dispatcher: custom signals are sent here, model signals arrive here from the Hibernate
 * bridge through {@link ModelDispatch}.
 */
public final class DefaultSignals implements Signals, ModelDispatch {

	private static final Log logger = LogFactory.getLog(DefaultSignals.class);

	private static final ThreadLocal<int[]> mutedDepth = ThreadLocal.withInitial(() -> new int[1]);

	private final ReceiverRegistry registry;

	private final PhaseScheduler phases;

	private final ReceiverCalls calls;

	/**
	 * Create the dispatcher of an application.
	 * @param registry the connected receivers and the declared custom signals
	 * @param phases takes the calls of receivers that do not run at once
	 * @param calls calls the receivers that run now
	 */
	public DefaultSignals(ReceiverRegistry registry, PhaseScheduler phases, ReceiverCalls calls) {
		this.registry = registry;
		this.phases = phases;
		this.calls = calls;
	}

	/**
	 * The dispatcher of an application that turned signals off: it dispatches nothing, see
	 * {@link Signals}.
	 * @return a dispatcher whose signals reach no receiver
	 */
	public static Signals inert() {
		return new InertSignals();
	}

	/**
	 * The registry receivers are looked up in, for the actuator endpoint that lists them.
	 * @return the registry
	 */
	public ReceiverRegistry registry() {
		return this.registry;
	}

	@Override
	public <T> List<Response> send(Signal<T> signal, @Nullable Class<?> sender, T payload) {
		return send(signal, sender, payload, false);
	}

	@Override
	public <T> List<Response> sendRobust(Signal<T> signal, @Nullable Class<?> sender, T payload) {
		return send(signal, sender, payload, true);
	}

	private <T> List<Response> send(Signal<T> signal, @Nullable Class<?> sender, T payload, boolean robust) {
		requireDeclared(signal);
		requirePayload(signal, payload);
		ConnectedReceiver[] receivers = this.registry.receivers(signal.name(), sender);
		if (receivers.length == 0 || isMuted()) {
			return List.of();
		}
		if (receivers.length == 1 && receivers[0].phase() == Phase.IMMEDIATE && !receivers[0].isObserver()) {
			ConnectedReceiver receiver = receivers[0];
			return List.of(new Response(receiver.receiver(),
					robust ? callRobustly(receiver, sender, payload) : this.calls.call(receiver, sender, payload)));
		}
		List<Response> responses = new ArrayList<>(receivers.length);
		for (ConnectedReceiver receiver : receivers) {
			if (receiver.phase() != Phase.IMMEDIATE) {
				this.phases.schedule(receiver, sender, payload, null, robust);
			}
			else if (receiver.isObserver()) {
				this.calls.call(receiver, sender, payload);
			}
			else if (!robust) {
				responses.add(new Response(receiver.receiver(), this.calls.call(receiver, sender, payload)));
			}
			else {
				responses.add(new Response(receiver.receiver(), callRobustly(receiver, sender, payload)));
			}
		}
		return responses;
	}

	private @Nullable Object callRobustly(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		try {
			return this.calls.call(receiver, sender, payload);
		}
		catch (Throwable ex) {
			logger.error("Receiver " + receiver.receiver() + " of signal '" + receiver.signal() + "' failed", ex);
			return ex;
		}
	}

	@Override
	public ConnectedReceiver[] receivers(ModelSignal signal, Class<?> entityClass) {
		if (!this.registry.hasModelReceivers(signal) || isMuted()) {
			return ReceiverRegistry.NONE;
		}
		return this.registry.modelReceivers(signal, entityClass);
	}

	@Override
	public boolean listens(ModelSignal signal) {
		return this.registry.hasModelReceivers(signal) && !isMuted();
	}

	@Override
	public boolean hasModelReceivers() {
		return this.registry.hasModelReceivers();
	}

	@Override
	public void onReceiversChanged(Runnable listener) {
		this.registry.onChange(listener);
	}

	@Override
	public void dispatch(ConnectedReceiver[] receivers, ModelEvent<?> event, @Nullable BeforeCommitFallback beforeCommit) {
		Class<?> sender = event.sender();
		for (ConnectedReceiver receiver : receivers) {
			if (receiver.phase() == Phase.IMMEDIATE) {
				this.calls.call(receiver, sender, event);
			}
			else {
				this.phases.schedule(receiver, sender, event, beforeCommit, false);
			}
		}
	}

	@Override
	public boolean hasReceivers(String signal, @Nullable Class<?> sender) {
		return this.registry.hasReceivers(signal, sender);
	}

	@Override
	public <T> Connection connect(Signal<T> signal, ConnectOptions options, Receiver<? super T> receiver) {
		requireDeclared(signal);
		return connectReceiver(signal.name(), options.sender(), options, receiver);
	}

	@Override
	public <E> Connection connect(String modelSignal, Class<E> entityClass, ConnectOptions options,
			Receiver<? super ModelEvent<E>> receiver) {
		requireModelSignal(modelSignal);
		return connectReceiver(modelSignal, entityClass, options, receiver);
	}

	@SuppressWarnings("unchecked")
	private Connection connectReceiver(String signal, @Nullable Class<?> sender, ConnectOptions options, Receiver<?> receiver) {
		Receiver<Object> target = (Receiver<Object>) receiver;
		ConnectedReceiver connected = new ConnectedReceiver(signal, sender, options.phase(), options.order(),
				options.dispatchUid(), receiver.toString(), (ignored, payload) -> target.receive(payload),
				options.async());
		this.registry.connect(connected);
		return connected;
	}

	/**
	 * Connect an observer of every signal of one name and phase, from any sender: it runs
	 * first, gives no response, counts for no {@link #hasReceivers} and passes no interceptor.
	 * Test recording is built on it.
	 * @param signal the name of the signal to observe
	 * @param phase the phase whose calls to observe
	 * @param observer sees each sending of the signal
	 * @return the connection, to disconnect the observer with
	 */
	public Connection observe(String signal, Phase phase, SignalObserver observer) {
		ConnectedReceiver connected = new ConnectedReceiver(signal, null, phase, Integer.MIN_VALUE, null,
				"observer of " + signal + " in " + phase, (sender, payload) -> {
					observer.observe(signal, sender, payload, phase);
					return null;
				}, true, false, false);
		this.registry.connect(connected);
		return connected;
	}

	/**
	 * Sees a signal reach a phase.
	 */
	@FunctionalInterface
	public interface SignalObserver {

		/**
		 * See a signal reach the observed phase.
		 * @param signal the signal's name
		 * @param sender the class that sent it, {@code null} for a signal sent without one
		 * @param payload the custom signal's payload or the model event
		 * @param phase the phase it reached
		 */
		void observe(String signal, @Nullable Class<?> sender, Object payload, Phase phase);

	}

	@Override
	public boolean disconnect(String signal, @Nullable Class<?> sender, String dispatchUid) {
		return this.registry.disconnect(signal, sender, dispatchUid);
	}

	@Override
	public void muted(Runnable action) {
		muted(() -> {
			action.run();
			return null;
		});
	}

	@Override
	public <T> T muted(Supplier<T> action) {
		int[] depth = mutedDepth.get();
		depth[0]++;
		try {
			return action.get();
		}
		finally {
			depth[0]--;
		}
	}

	/**
	 * Mute the current thread until the returned action runs, for callers that cannot wrap
	 * their code in {@link #muted(Runnable)}, such as test execution listeners.
	 * @return the action that ends this muting, to run on the same thread
	 */
	public Runnable mute() {
		int[] depth = mutedDepth.get();
		depth[0]++;
		return () -> depth[0]--;
	}

	/**
	 * Whether dispatch is muted on the current thread.
	 * @return whether signals sent from this thread reach no receiver
	 */
	public boolean isMuted() {
		return mutedDepth.get()[0] > 0;
	}

	static void requirePayload(Signal<?> signal, @Nullable Object payload) {
		Objects.requireNonNull(payload, "payload must not be null");
		if (!signal.payloadType().isInstance(payload)) {
			throw new IllegalArgumentException("Signal '" + signal.name() + "' carries "
					+ signal.payloadType().getName() + ", not " + payload.getClass().getName());
		}
	}

	static void requireModelSignal(String name) {
		if (!ModelSignals.isModelSignal(name)) {
			throw new IllegalArgumentException("'" + name + "' is not a model signal; use one of "
					+ ModelSignals.NAMES + " or connect the custom Signal object");
		}
	}

	private void requireDeclared(Signal<?> signal) {
		Signal<?> declared = this.registry.signal(signal.name());
		if (declared == null || !declared.equals(signal)) {
			throw new IllegalArgumentException(signal + " is not declared: expose it as a @Bean so that "
					+ "receivers can be checked against it");
		}
	}

}
