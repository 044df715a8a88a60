package dev.signals.test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;

import dev.signals.ConnectOptions;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.Receiver;
import dev.signals.Signal;
import dev.signals.SignalInterceptor;
import dev.signals.SignalInvocation;
import dev.signals.Signals;
import dev.signals.support.ReceiverRegistry;

/**
 * Connects a catch-all receiver per signal and phase and records what reaches them. The
 * receivers guarantee a call for every signal sent; the interceptor is what sees the sender,
 * which a {@link Receiver} is not given. Connecting waits for the context's refresh, when the
 * custom signals have been declared.
 */
final class SignalRecorder implements SignalInterceptor, Ordered, ApplicationListener<ContextRefreshedEvent> {

	private final RecordedSignals recordings;

	private final ListableBeanFactory beanFactory;

	private final Set<String> receiverNames = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean connected = new AtomicBoolean();

	SignalRecorder(RecordedSignals recordings, ListableBeanFactory beanFactory) {
		this.recordings = recordings;
		this.beanFactory = beanFactory;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		Signals signals = this.beanFactory.getBeanProvider(Signals.class).getIfUnique();
		// a child context's refresh reaches this listener too
		if (signals == null || !this.connected.compareAndSet(false, true)) {
			return;
		}
		ReceiverRegistry registry = this.beanFactory.getBeanProvider(ReceiverRegistry.class).getIfUnique();
		for (Phase phase : Phase.values()) {
			Receiver<Object> receiver = new Marker(phase);
			this.receiverNames.add(receiver.toString());
			ConnectOptions options = ConnectOptions.DEFAULTS.withPhase(phase).withOrder(Ordered.HIGHEST_PRECEDENCE);
			for (String modelSignal : ModelSignals.NAMES) {
				signals.connect(modelSignal, Object.class, options, receiver);
			}
			if (registry != null) {
				for (Signal<?> signal : registry.signals()) {
					signals.connect(signal, options, receiver);
				}
			}
		}
	}

	@Override
	public @Nullable Object intercept(SignalInvocation invocation) {
		if (this.receiverNames.contains(invocation.receiver())) {
			this.recordings.record(invocation.signal(), invocation.sender(), invocation.payload(), invocation.phase());
		}
		return invocation.proceed();
	}

	/**
	 * Outermost, so that no other interceptor can skip a recording.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private record Marker(Phase phase) implements Receiver<Object> {

		@Override
		public @Nullable Object receive(Object payload) {
			return null;
		}

		@Override
		public String toString() {
			return "recordedSignals[" + this.phase + "]";
		}

	}

}
