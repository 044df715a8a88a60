package dev.signals.sample.jobs.notification;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes each email to the log instead of sending it, as Django's console email backend: the
 * sample runs without a mail server.
 */
class ConsoleMailBackend implements MailBackend {

	private static final Log logger = LogFactory.getLog(ConsoleMailBackend.class);

	@Override
	public void send(String from, Email email) {
		logger.info(String.format("""
				Email (console backend; set spring.mail.host to send it)
				From: %s
				To: %s
				Subject: %s

				%s
				-------------------------------------------------------------------------------""",
				from, email.to(), email.subject(), email.body()));
	}

}
