package dev.signals.sample.jobs.notification;

import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.subscription.NewSubscriber;

import org.springframework.stereotype.Component;

/**
 * Tells a company that someone subscribed to its posting.
 */
@Component
class CompanyNotifications {

	private final Notifier notifier;

	CompanyNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	// The payload type names the signal (new_subscriber). AFTER_COMMIT: a subscription that
	// rolls back emails nobody. Durable: recorded with the subscription, retried until the mail
	// server takes it. Async: the request does not wait for the mail server.
	@SignalReceiver(sender = Subscription.class, phase = Phase.AFTER_COMMIT, durable = true, async = true)
	void newSubscriber(NewSubscriber event) {
		this.notifier.send(Emails.newSubscriber(event.job(), event.subscriber()));
	}

}
