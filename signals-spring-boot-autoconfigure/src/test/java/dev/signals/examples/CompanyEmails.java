package dev.signals.examples;

import org.springframework.stereotype.Component;

import dev.signals.SignalReceiver;
import dev.signals.examples.SubscriptionSignals.NewSubscriber;

/**
 * Tells a job's company about each new subscriber.
 */
@Component
class CompanyEmails {

	private final Mail mail;

	CompanyEmails(Mail mail) {
		this.mail = mail;
	}

	@SignalReceiver
	void emailCompany(NewSubscriber event) { mail.tellCompany(event.job(), event.email()); }

}
