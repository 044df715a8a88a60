package dev.signals.sample.jobs.notification;

import java.time.Instant;

import dev.signals.Delivery;

/**
 * A line of the notifications page: a notification and, unless it was sent, its delivery as the
 * starter has it.
 */
public final class NotificationRow {

	private final Notification notification;

	private final Delivery delivery;

	NotificationRow(Notification notification, Delivery delivery) {
		this.notification = notification;
		this.delivery = delivery;
	}

	public Notification getNotification() {
		return this.notification;
	}

	/**
	 * When the delivery is attempted again.
	 * @return the time, {@code null} unless the delivery waits for an attempt
	 */
	public Instant getNextAttemptAt() {
		return (this.delivery != null) ? this.delivery.nextAttemptAt() : null;
	}

	/**
	 * Whether every attempt of the delivery failed, so the admin may resubmit it.
	 * @return whether the delivery is dead
	 */
	public boolean isResubmittable() {
		return this.delivery != null && this.delivery.status() == Delivery.Status.DEAD;
	}

}
