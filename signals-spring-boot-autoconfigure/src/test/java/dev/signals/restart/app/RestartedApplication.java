package dev.signals.restart.app;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Phase;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.restart.RetriedCalls;

/**
 * The application whose classes a restarting class loader defines, as DevTools' defines a
 * project's own classes: its signals, entity and durable receivers.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = Greeter.class)
class RestartedApplication {

	@Bean
	Signal<Greeting> greeted() {
		return Signal.named("greeted", Greeting.class);
	}

	@Bean
	Signal<String> waved() {
		return Signal.named("waved", String.class);
	}

	@Bean
	RetriedCalls retriedCalls() {
		return new RetriedCalls();
	}

	@Bean
	Receivers restartedReceivers(RetriedCalls calls) {
		return new Receivers(calls);
	}

	static class Receivers {

		private final RetriedCalls calls;

		Receivers(RetriedCalls calls) {
			this.calls = calls;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void greeted(Greeting greeting) {
			this.calls.receive(greeting);
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void waved(String wave) {
			this.calls.receive(wave);
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void greeterSaved(PostSave<Greeter> event) {
			this.calls.receive(event);
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void greeterDeleted(PostDelete<Greeter> event) {
			this.calls.receive(event);
		}

	}

}
