package dev.signals.sample.jobs.notification;

import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.sample.jobs.subscription.SubscriberRegistered;

import org.springframework.stereotype.Component;

/**
 * Welcomes an email address on its first subscription.
 */
@Component
class WelcomeNotifications {

	private final Notifier notifier;

	WelcomeNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true, async = true)
	void subscriberRegistered(SubscriberRegistered event) {
		this.notifier.send(Emails.welcome(event.subscriber(), event.job()));
	}

}
