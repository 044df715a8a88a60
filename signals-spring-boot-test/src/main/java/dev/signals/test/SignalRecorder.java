package dev.signals.test;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.dispatch.DefaultSignals;

/**
 * Observes every signal in every phase and logs what reaches it. Observers give no response
 * and count for no {@code hasReceivers}, so recording changes nothing a test asserts.
 * Connecting waits for the context's refresh, when the custom signals have been declared.
 */
final class SignalRecorder implements ApplicationListener<ContextRefreshedEvent> {

	private final SignalLog log;

	private final ListableBeanFactory beanFactory;

	private final AtomicBoolean connected = new AtomicBoolean();

	SignalRecorder(SignalLog log, ListableBeanFactory beanFactory) {
		this.log = log;
		this.beanFactory = beanFactory;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		DefaultSignals signals = this.beanFactory.getBeanProvider(DefaultSignals.class).getIfUnique();
		// a child context's refresh reaches this listener too
		if (signals == null || !this.connected.compareAndSet(false, true)) {
			return;
		}
		DefaultSignals.SignalObserver observer = this.log::observe;
		for (Phase phase : Phase.values()) {
			for (String modelSignal : ModelSignals.NAMES) {
				signals.observe(modelSignal, phase, observer);
			}
			for (Signal<?> signal : signals.registry().signals()) {
				signals.observe(signal.name(), phase, observer);
			}
		}
	}

}
