package dev.signals.sample.jobs.subscription;

import dev.signals.Signal;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The custom signals this package sends, declared where they are sent (as Django's
 * {@code signals.py} beside the views) so receivers depend on the sender and not the reverse.
 */
@Configuration(proxyBeanMethods = false)
public class SubscriptionSignals {

	/**
	 * Sent by {@link Subscription} senders once a subscription is stored.
	 */
	public static final Signal<NewSubscriber> NEW_SUBSCRIBER = Signal.named("new_subscriber", NewSubscriber.class);

	/**
	 * Sent by {@link Subscriber} senders when an email subscribes for the first time.
	 */
	public static final Signal<SubscriberRegistered> SUBSCRIBER_REGISTERED = Signal.named("subscriber_registered",
			SubscriberRegistered.class);

	@Bean
	Signal<NewSubscriber> newSubscriberSignal() {
		return NEW_SUBSCRIBER;
	}

	@Bean
	Signal<SubscriberRegistered> subscriberRegisteredSignal() {
		return SUBSCRIBER_REGISTERED;
	}

}
