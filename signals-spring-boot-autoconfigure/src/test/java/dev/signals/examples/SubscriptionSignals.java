package dev.signals.examples;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Signal;

/**
 * Declares the custom signal of the README's "Custom signals", with its payload.
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionSignals {

	record NewSubscriber(Job job, String email) { }

	@Bean
	Signal<NewSubscriber> newSubscriber() {
		return Signal.named("new_subscriber", NewSubscriber.class);
	}

}
