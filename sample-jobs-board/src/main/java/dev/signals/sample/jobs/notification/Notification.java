package dev.signals.sample.jobs.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One email the board tried to send, and how that went.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(length = 4000, nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "error_message", length = 1000)
	private String error;

	@Column(nullable = false)
	private Instant sentAt;

	protected Notification() {
	}

	Notification(Email email, Status status, String error, Instant sentAt) {
		this.recipient = email.to();
		this.subject = email.subject();
		this.body = email.body();
		this.status = status;
		this.error = error;
		this.sentAt = sentAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getError() {
		return this.error;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	/**
	 * Whether the mail server accepted the email.
	 */
	public enum Status {

		SENT, FAILED

	}

}
