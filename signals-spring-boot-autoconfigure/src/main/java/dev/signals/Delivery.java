package dev.signals;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One durable receiver call: the record written with the transaction that sent the signal.
 *
 * @param id the delivery's stable id, the same on every attempt
 * @param receiver the receiver's name, {@code bean.method}
 * @param signal the signal's name
 * @param status where the delivery stands
 * @param attempts the attempts made so far
 * @param nextAttemptAt when the next attempt is due; {@code null} unless pending
 * @param lastError the last attempt's failure, if any
 * @param createdAt when the signal was sent
 * @param completedAt when the receiver succeeded, for a completed delivery
 * @param leasedUntil when the lease of the attempt holding the delivery ends; {@code null}
 * unless pending and held
 * @since 0.1.0
 */
public record Delivery(String id, String receiver, String signal, Status status, int attempts,
		@Nullable Instant nextAttemptAt,
		@Nullable String lastError, Instant createdAt, @Nullable Instant completedAt, @Nullable Instant leasedUntil) {

	/**
	 * A delivery that no attempt holds, as 0.1.0 created it.
	 * @param id the delivery's stable id, the same on every attempt
	 * @param receiver the receiver's name, {@code bean.method}
	 * @param signal the signal's name
	 * @param status where the delivery stands
	 * @param attempts the attempts made so far
	 * @param nextAttemptAt when the next attempt is due; {@code null} unless pending
	 * @param lastError the last attempt's failure, if any
	 * @param createdAt when the signal was sent
	 * @param completedAt when the receiver succeeded, for a completed delivery
	 */
	public Delivery(String id, String receiver, String signal, Status status, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
			@Nullable Instant completedAt) {
		this(id, receiver, signal, status, attempts, nextAttemptAt, lastError, createdAt, completedAt, null);
	}

	/**
	 * When the lease of the attempt holding this pending delivery ends: an attempt in flight, or
	 * one whose instance crashed. No instance attempts the delivery before then, whatever
	 * {@link #nextAttemptAt()} says; a lease in the past no longer holds it back.
	 * @return the end of the lease, {@code null} unless the delivery is pending and held
	 * @since 0.2.0
	 */
	public @Nullable Instant leasedUntil() {
		return this.leasedUntil;
	}

	/**
	 * Where a delivery stands.
	 *
	 * @since 0.1.0
	 */
	public enum Status {

		/**
		 * Waiting for its first or next attempt.
		 */
		PENDING,

		/**
		 * The receiver succeeded.
		 */
		COMPLETED,

		/**
		 * Every attempt failed; kept with its last error until resubmitted.
		 */
		DEAD

	}

}
