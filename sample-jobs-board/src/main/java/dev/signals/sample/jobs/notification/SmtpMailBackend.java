package dev.signals.sample.jobs.notification;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through the SMTP server Spring Boot configures from {@code spring.mail.*}. Addresses
 * must be plain ASCII: Jakarta Mail, without SMTPUTF8, writes an address's characters to the
 * server as single bytes, so {@code josé@exämple.com} would go to another address and be
 * reported as sent.
 */
class SmtpMailBackend implements MailBackend {

	private final JavaMailSender mailSender;

	SmtpMailBackend(JavaMailSender mailSender) {
		this.mailSender = mailSender;
	}

	@Override
	public void send(String from, Email email) {
		requirePlainAscii(from);
		requirePlainAscii(email.to());
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email.to());
		message.setSubject(email.subject());
		message.setText(email.body());
		this.mailSender.send(message);
	}

	private static void requirePlainAscii(String address) {
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(address)) {
			throw new MailPreparationException(
					"Cannot send to or from '" + address + "': only plain ASCII addresses are supported");
		}
	}

}
