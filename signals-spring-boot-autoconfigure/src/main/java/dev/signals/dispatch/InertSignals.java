package dev.signals.dispatch;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.ModelEvent;
import dev.signals.Receiver;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.Signals;

/**
 * The dispatcher of an application that turned signals off: beans that inject {@link Signals}
 * still start, and nothing is dispatched.
 */
final class InertSignals implements Signals {

	private static final ReceiverInvoker NEVER_CALLED = (sender, payload) -> null;

	@Override
	public <T> List<Response> send(Signal<T> signal, @Nullable Class<?> sender, T payload) {
		DefaultSignals.requirePayload(signal, payload);
		return List.of();
	}

	@Override
	public <T> List<Response> sendRobust(Signal<T> signal, @Nullable Class<?> sender, T payload) {
		DefaultSignals.requirePayload(signal, payload);
		return List.of();
	}

	@Override
	public boolean hasReceivers(String signal, @Nullable Class<?> sender) {
		return false;
	}

	@Override
	public <T> Connection connect(Signal<T> signal, ConnectOptions options, Receiver<? super T> receiver) {
		return notConnected(signal.name(), options.sender(), options, receiver);
	}

	@Override
	public <E> Connection connect(String modelSignal, Class<E> entityClass, ConnectOptions options,
			Receiver<? super ModelEvent<E>> receiver) {
		DefaultSignals.requireModelSignal(modelSignal);
		return notConnected(modelSignal, entityClass, options, receiver);
	}

	/**
	 * A connection that the registry never saw, so it reports itself not connected, checked as
	 * a real one would be.
	 */
	private static Connection notConnected(String signal, @Nullable Class<?> sender, ConnectOptions options,
			Receiver<?> receiver) {
		return new ConnectedReceiver(signal, sender, options.phase(), options.order(), options.dispatchUid(),
				receiver.toString(), NEVER_CALLED, options.async());
	}

	@Override
	public boolean disconnect(String signal, @Nullable Class<?> sender, String dispatchUid) {
		return false;
	}

	@Override
	public void muted(Runnable action) {
		action.run();
	}

	@Override
	public <T> T muted(Supplier<T> action) {
		return action.get();
	}

	@Override
	public String toString() {
		return "inert Signals (signals.enabled=false)";
	}

}
