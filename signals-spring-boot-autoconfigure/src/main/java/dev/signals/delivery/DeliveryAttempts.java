package dev.signals.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverCalls;

/**
 * Runs one attempt of a delivery and records its outcome: completed, due again after the
 * backoff, or dead after the last attempt.
 */
public final class DeliveryAttempts {

	private static final Log logger = LogFactory.getLog(DeliveryAttempts.class);

	private final DeliveryStore store;

	private final ReceiverCalls calls;

	private final DeliverySettings settings;

	private final Clock clock;

	private final String owner = UUID.randomUUID().toString();

	/**
	 * Create the attempts of this instance, under an owner id of its own.
	 * @param store the delivery table, where each outcome is recorded
	 * @param calls calls the receivers, as for any other signal
	 * @param settings the lease and the retries' backoff
	 * @param clock dates leases and next attempts
	 */
	public DeliveryAttempts(DeliveryStore store, ReceiverCalls calls, DeliverySettings settings, Clock clock) {
		this.store = store;
		this.calls = calls;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * This instance's id in the delivery table: the owner of the records it holds.
	 */
	String owner() {
		return this.owner;
	}

	/**
	 * The end of a lease taken at the given time.
	 */
	Instant leaseFrom(Instant start) {
		return start.plus(this.settings.lease());
	}

	/**
	 * Attempt a recorded call; its outcome is stored, never thrown.
	 * @param attemptsBefore how many attempts the delivery has had
	 */
	void attempt(String id, ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload, int attemptsBefore) {
		int attempt = attemptsBefore + 1;
		// the lease runs from now, not from when the record was written or claimed with others
		if (!this.store.hold(id, this.owner, leaseFrom(this.clock.instant()))) {
			logger.debug("Delivery " + id + " was taken over by another instance before this one attempted it");
			return;
		}
		try {
			CurrentDelivery.run(id, () -> this.calls.call(receiver, sender, payload));
			this.store.completed(id, this.owner, attempt, this.clock.instant());
		}
		catch (Throwable ex) {
			failed(id, receiver.receiver(), attempt, ex.toString(), ex);
		}
	}

	/**
	 * Record a failed attempt of a delivery this instance holds: due again after the backoff,
	 * or dead if it was the last.
	 */
	void failed(String id, String receiver, int attempt, String error, @Nullable Throwable ex) {
		if (attempt >= this.settings.maxAttempts()) {
			logger.error("Durable receiver " + receiver + " failed delivery " + id + " for the last time (attempt "
					+ attempt + "); it is kept as dead until resubmitted", ex);
			this.store.failed(id, this.owner, attempt, null, error);
		}
		else {
			Instant next = this.clock.instant().plus(this.settings.backoff(attempt));
			logger.warn("Durable receiver " + receiver + " failed delivery " + id + " (attempt " + attempt
					+ "); retrying at " + next + ": " + error);
			this.store.failed(id, this.owner, attempt, next, error);
		}
	}

	/**
	 * Record a delivery this instance holds as dead at once, for a failure no retry can mend.
	 */
	void dead(String id, int attempt, String error, @Nullable Throwable ex) {
		logger.error(error + "; it is kept as dead until resubmitted", ex);
		this.store.failed(id, this.owner, attempt, null, error);
	}

}
