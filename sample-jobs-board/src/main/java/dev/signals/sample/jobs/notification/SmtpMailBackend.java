package dev.signals.sample.jobs.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through the SMTP server Spring Boot configures from {@code spring.mail.*}.
 */
class SmtpMailBackend implements MailBackend {

	private final JavaMailSender mailSender;

	SmtpMailBackend(JavaMailSender mailSender) {
		this.mailSender = mailSender;
	}

	@Override
	public void send(String from, Email email) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email.to());
		message.setSubject(email.subject());
		message.setText(email.body());
		this.mailSender.send(message);
	}

}
