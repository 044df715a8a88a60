package dev.signals.sample.jobs.notification;

import java.time.Instant;

import dev.signals.Delivery;
import dev.signals.sample.jobs.notification.Notification.Status;

/**
 * A line of the notifications page: a notification and, unless it was sent, its delivery as the
 * starter has it; or a delivery that failed before storing any email, so that no failure is
 * visible only in the log.
 */
public final class NotificationRow {

	private final Notification notification;

	private final Delivery delivery;

	private NotificationRow(Notification notification, Delivery delivery) {
		this.notification = notification;
		this.delivery = delivery;
	}

	static NotificationRow of(Notification notification, Delivery delivery) {
		return new NotificationRow(notification, delivery);
	}

	/**
	 * A row for a delivery without notifications.
	 * @param delivery a delivery that failed at least once
	 * @return the row
	 */
	static NotificationRow of(Delivery delivery) {
		return new NotificationRow(null, delivery);
	}

	/**
	 * The email of this row.
	 * @return the notification, {@code null} if the delivery failed before storing any
	 */
	public Notification getNotification() {
		return this.notification;
	}

	/**
	 * The delivery as the starter has it.
	 * @return the delivery, {@code null} for a sent notification
	 */
	public Delivery getDelivery() {
		return this.delivery;
	}

	public String getDeliveryId() {
		return (this.notification != null) ? this.notification.getDeliveryId() : this.delivery.id();
	}

	public Instant getCreatedAt() {
		return (this.notification != null) ? this.notification.getCreatedAt() : this.delivery.createdAt();
	}

	/**
	 * Where the email stands; a delivery without one is given the status its emails would have.
	 * @return the status
	 */
	public Status getStatus() {
		if (this.notification != null) {
			return this.notification.getStatus();
		}
		return (this.delivery.status() == Delivery.Status.DEAD) ? Status.FAILED : Status.RETRYING;
	}

	public int getAttempts() {
		return (this.notification != null) ? this.notification.getAttempts() : this.delivery.attempts();
	}

	public String getError() {
		return (this.notification != null) ? this.notification.getError() : this.delivery.lastError();
	}

	/**
	 * When the delivery is attempted again: an attempt that holds it (sending, or left by an
	 * instance that crashed) keeps every other one off until its lease ends, however long ago
	 * the attempt was due.
	 * @return the time, {@code null} unless the delivery waits for an attempt
	 */
	public Instant getNextAttemptAt() {
		if (this.delivery == null || this.delivery.nextAttemptAt() == null) {
			return null;
		}
		Instant next = this.delivery.nextAttemptAt();
		Instant leasedUntil = this.delivery.leasedUntil();
		return (leasedUntil != null && leasedUntil.isAfter(next)) ? leasedUntil : next;
	}

	/**
	 * Whether every attempt of the delivery failed, so the admin may resubmit it.
	 * @return whether the delivery is dead
	 */
	public boolean isResubmittable() {
		return this.delivery != null && this.delivery.status() == Delivery.Status.DEAD;
	}

}
