package dev.signals.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Signal;
import dev.signals.delivery.DeliveryStore.StoredDelivery;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Attempts the due deliveries this instance can claim, whichever instance recorded them:
 * retries, and calls whose instance died before finishing them.
 */
public final class DueDeliveries {

	private final DeliveryStore store;

	private final PayloadCodec codec;

	private final ReceiverRegistry registry;

	private final DeliveryAttempts attempts;

	private final DeliverySettings settings;

	private final Clock clock;

	private final @Nullable ClassLoader classLoader;

	/**
	 * Create the due deliveries of this instance.
	 * @param store the delivery table, where deliveries are claimed
	 * @param codec reads the stored payloads back
	 * @param registry the connected receivers, among which the durable ones are called
	 * @param attempts runs each attempt and records its outcome
	 * @param settings the lease and how many deliveries to claim at a time
	 * @param clock tells which deliveries are due
	 * @param classLoader the application's class loader, which resolves the stored sender as
	 * the receiver knows it also under a restarting class loader such as DevTools';
	 * {@code null} for the default one
	 */
	public DueDeliveries(DeliveryStore store, PayloadCodec codec, ReceiverRegistry registry, DeliveryAttempts attempts,
			DeliverySettings settings, Clock clock, @Nullable ClassLoader classLoader) {
		this.store = store;
		this.codec = codec;
		this.registry = registry;
		this.attempts = attempts;
		this.settings = settings;
		this.clock = clock;
		this.classLoader = classLoader;
	}

	/**
	 * Attempt every due delivery this instance can claim.
	 * @return how many were attempted
	 */
	int deliverDue() {
		Instant now = this.clock.instant();
		Set<String> receivers = new LinkedHashSet<>();
		for (ConnectedReceiver receiver : this.registry.all()) {
			if (receiver.isDurable()) {
				receivers.add(receiver.receiver());
			}
		}
		List<StoredDelivery> claimed = this.store.claim(this.attempts.owner(), receivers, now,
				this.attempts.leaseFrom(now), this.settings.batchSize());
		for (StoredDelivery delivery : claimed) {
			attempt(delivery);
		}
		return claimed.size();
	}

	private void attempt(StoredDelivery delivery) {
		int attempt = delivery.attempts() + 1;
		ConnectedReceiver receiver = receiver(delivery);
		if (receiver == null) {
			// no retry can connect a receiver that this application does not have
			this.attempts.dead(delivery.id(), attempt, "Delivery " + delivery.id()
					+ " cannot be delivered: no durable receiver " + delivery.receiver() + " of signal '"
					+ delivery.signal() + "' is connected in this application", null);
			return;
		}
		Object payload;
		try {
			payload = this.codec.decode(delivery.payloadType(), delivery.payload(), payloadType(delivery));
		}
		catch (RuntimeException ex) {
			// the same record reads the same way on every attempt
			this.attempts.dead(delivery.id(), attempt, "Delivery " + delivery.id()
					+ " to durable receiver " + delivery.receiver() + " cannot be read: " + ex, ex);
			return;
		}
		this.attempts.attempt(delivery.id(), receiver, sender(delivery), payload, delivery.attempts());
	}

	/**
	 * The payload type the delivery's signal declares; model events name their own.
	 */
	private Class<?> payloadType(StoredDelivery delivery) {
		if (ModelSignals.isModelSignal(delivery.signal())) {
			return ModelEvent.class;
		}
		Signal<?> signal = this.registry.signal(delivery.signal());
		if (signal == null) {
			throw new IllegalStateException("no signal named '" + delivery.signal() + "' is declared");
		}
		return signal.payloadType();
	}

	private @Nullable ConnectedReceiver receiver(StoredDelivery delivery) {
		for (ConnectedReceiver receiver : this.registry.all()) {
			if (receiver.isDurable() && receiver.receiver().equals(delivery.receiver())
					&& receiver.signal().equals(delivery.signal())) {
				return receiver;
			}
		}
		return null;
	}

	private @Nullable Class<?> sender(StoredDelivery delivery) {
		String sender = delivery.sender();
		return (sender != null && ClassUtils.isPresent(sender, this.classLoader))
				? ClassUtils.resolveClassName(sender, this.classLoader) : null;
	}

}
