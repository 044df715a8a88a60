package dev.signals.examples;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.examples.SubscriptionSignals.NewSubscriber;

/**
 * Stores a subscription and sends {@code new_subscriber} for it.
 */
@Service
class Subscriptions {

	private final SubscriptionRepository subscriptions;

	private final Signals signals;

	private final Signal<NewSubscriber> newSubscriber;

	Subscriptions(SubscriptionRepository subscriptions, Signals signals, Signal<NewSubscriber> newSubscriber) {
		this.subscriptions = subscriptions;
		this.signals = signals;
		this.newSubscriber = newSubscriber;
	}

	@Transactional
	public void subscribe(Job job, String email) {
		subscriptions.save(new Subscription(job, email));
		signals.send(newSubscriber, Subscription.class, new NewSubscriber(job, email));
	}

}
