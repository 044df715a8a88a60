package dev.signals.sample.jobs.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.Length;

/**
 * One email the board sends, and how that is going. There is one row per durable delivery and
 * recipient: a retry of the delivery updates the row (attempts, last error, status) instead of
 * adding one, and skips a recipient whose email already went out.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_notification_delivery_recipient",
		columnNames = { "delivery_id", "recipient" }))
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * The id of the signal delivery that sends this email, the same on every attempt.
	 */
	@Column(name = "delivery_id", nullable = false, length = 64)
	private String deliveryId;

	@Column(nullable = false)
	private String recipient;

	// The longest subject is a job update's: a title and a company of 255 characters each (the
	// admin form's limits) and the words around them. Too short a column fails every attempt.
	@Column(nullable = false, length = 1000)
	private String subject;

	// A job update repeats the old and the new details, each up to 4,000 characters: a long
	// text type on every database (text, longtext, H2's clob), read as a plain String.
	@Column(nullable = false, length = Length.LONG32)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	/**
	 * The last attempt's failure; cleared once the email is sent.
	 */
	@Column(name = "error_message", length = 1000)
	private String error;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant lastAttemptAt;

	private Instant sentAt;

	protected Notification() {
	}

	Notification(String deliveryId, Email email, Instant createdAt) {
		this.deliveryId = deliveryId;
		this.recipient = email.to();
		this.subject = email.subject();
		this.body = email.body();
		this.status = Status.PENDING;
		this.createdAt = createdAt;
	}

	Email email() {
		return new Email(this.recipient, this.subject, this.body);
	}

	void sent(Instant time) {
		this.attempts++;
		this.lastAttemptAt = time;
		this.sentAt = time;
		this.status = Status.SENT;
		this.error = null;
	}

	/**
	 * Record a failed attempt.
	 * @param error what went wrong
	 * @param time when
	 * @param lastAttempt whether the delivery gives up after this attempt
	 */
	void failed(String error, Instant time, boolean lastAttempt) {
		this.attempts++;
		this.lastAttemptAt = time;
		this.status = lastAttempt ? Status.FAILED : Status.RETRYING;
		this.error = error;
	}

	public Long getId() {
		return this.id;
	}

	public String getDeliveryId() {
		return this.deliveryId;
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

	public int getAttempts() {
		return this.attempts;
	}

	public String getError() {
		return this.error;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastAttemptAt() {
		return this.lastAttemptAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	/**
	 * Where an email stands.
	 */
	public enum Status {

		/** Not attempted yet, or resubmitted by the admin. */
		PENDING,

		/** The last attempt failed; the delivery is retried later. */
		RETRYING,

		/** The mail server accepted the email. */
		SENT,

		/** Every attempt failed; the admin may resubmit the delivery. */
		FAILED

	}

}
