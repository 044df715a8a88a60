package dev.signals.sample.jobs.notification;

/**
 * Delivers emails, as Django's {@code EMAIL_BACKEND}.
 */
interface MailBackend {

	/**
	 * Deliver an email.
	 * @param from the sender's address
	 * @param email the email
	 * @throws RuntimeException if it could not be delivered
	 */
	void send(String from, Email email);

}
