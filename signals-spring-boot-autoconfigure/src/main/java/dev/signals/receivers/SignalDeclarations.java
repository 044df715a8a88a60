package dev.signals.receivers;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ListableBeanFactory;

import dev.signals.Signal;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Declares the application's {@link Signal} beans to the registry, so that receivers can
 * name them and find them by payload type.
 */
final class SignalDeclarations {

	private SignalDeclarations() {
	}

	static void declare(ListableBeanFactory beanFactory, ReceiverRegistry registry) {
		Map<String, String> beanBySignal = new HashMap<>();
		for (Map.Entry<String, Signal> entry : beanFactory.getBeansOfType(Signal.class).entrySet()) {
			Signal<?> signal = entry.getValue();
			String previous = beanBySignal.putIfAbsent(signal.name(), entry.getKey());
			if (previous != null) {
				throw new InvalidSignalReceiverException("Signal beans '" + previous + "' and '" + entry.getKey()
						+ "' are both named '" + signal.name() + "': a signal name must be unique in the application",
						"rename one of them");
			}
			registry.declare(signal);
		}
	}

}
