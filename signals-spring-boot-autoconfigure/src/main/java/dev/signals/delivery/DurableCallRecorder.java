package dev.signals.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.signals.Delivery.Status;
import dev.signals.delivery.DeliveryStore.StoredDelivery;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.transaction.TransactionPhases;

/**
 * Writes a durable call's delivery record in the transaction that sends the signal, and hands
 * the call to its first attempt once that transaction has committed.
 */
public final class DurableCallRecorder implements TransactionPhases.DurableCalls {

	private final DeliveryStore store;

	private final PayloadCodec codec;

	private final DeliveryAttempts attempts;

	private final Clock clock;

	/**
	 * Create the recorder of durable calls.
	 * @param store the delivery table
	 * @param codec turns payloads into the stored JSON
	 * @param attempts runs the first attempt and holds its lease
	 * @param clock dates the records
	 */
	public DurableCallRecorder(DeliveryStore store, PayloadCodec codec, DeliveryAttempts attempts, Clock clock) {
		this.store = store;
		this.codec = codec;
		this.attempts = attempts;
		this.clock = clock;
	}

	/**
	 * Record a durable call in the current transaction, which the record commits or rolls back
	 * with; this instance holds the record for a lease, so that no other instance's poller
	 * attempts it before the first attempt here.
	 * @return the delivery id
	 */
	@Override
	public String record(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		PayloadCodec.Encoded encoded = this.codec.encode(receiver.receiver(), payload);
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		Instant leasedUntil = this.attempts.leaseFrom(now);
		this.store.insert(new StoredDelivery(id, receiver.receiver(), receiver.signal(),
				(sender != null) ? sender.getName() : null, encoded.type(), encoded.json(), Status.PENDING, 0, now, null,
				now, null, leasedUntil), this.attempts.owner(), leasedUntil);
		return id;
	}

	/**
	 * Attempt a call recorded here, right after the commit, with the payload as it was sent.
	 */
	@Override
	public void deliver(String id, ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		this.attempts.attempt(id, receiver, sender, payload, 0);
	}

}
