package dev.signals.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.ClassUtils;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.Delivery.Status;
import dev.signals.delivery.DeliveryStatistics;
import dev.signals.delivery.DeliveryStore.StoredDelivery;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverCalls;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.transaction.TransactionPhases;

/**
 * Runs durable receivers: records each call with the sending transaction, attempts it after the
 * commit, retries failures with exponential backoff and gives up after the last attempt. A poller
 * attempts what is due, whichever instance recorded it: retries, and calls whose instance died
 * before finishing them.
 */
public final class DurableDeliveries
		implements Deliveries, TransactionPhases.DurableCalls, DeliveryStatistics, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DurableDeliveries.class);

	private final DeliveryStore store;

	private final PayloadCodec codec;

	private final ReceiverRegistry registry;

	private final ReceiverCalls calls;

	private final Settings settings;

	private final Clock clock;

	private final String instance = UUID.randomUUID().toString();

	private volatile @Nullable ScheduledExecutorService scheduler;

	public DurableDeliveries(DeliveryStore store, PayloadCodec codec, ReceiverRegistry registry, ReceiverCalls calls,
			Settings settings, Clock clock) {
		this.store = store;
		this.codec = codec;
		this.registry = registry;
		this.calls = calls;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Record a durable call in the current transaction, which the record commits or rolls back
	 * with.
	 * @return the delivery id
	 */
	@Override
	public String record(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		PayloadCodec.Encoded encoded = this.codec.encode(receiver.receiver(), payload);
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		Instant leasedUntil = now.plus(this.settings.lease());
		this.store.insert(new StoredDelivery(id, receiver.receiver(), receiver.signal(),
				(sender != null) ? sender.getName() : null, encoded.type(), encoded.json(), Status.PENDING, 0, now, null,
				now, null, leasedUntil), this.instance, leasedUntil);
		return id;
	}

	/**
	 * Attempt a call recorded by this instance, right after the commit.
	 */
	@Override
	public void deliver(String id, ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		deliver(id, receiver, sender, payload, 0);
	}

	/**
	 * Attempt a recorded call; its outcome is stored, never thrown.
	 */
	void deliver(String id, ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload,
			int attemptsBefore) {
		int attempt = attemptsBefore + 1;
		// the lease runs from now, not from when the record was written or claimed with others
		if (!this.store.hold(id, this.instance, this.clock.instant().plus(this.settings.lease()))) {
			logger.debug("Delivery " + id + " was taken over by another instance before this one attempted it");
			return;
		}
		try {
			CurrentDelivery.run(id, () -> this.calls.call(receiver, sender, payload));
			this.store.completed(id, this.instance, attempt, this.clock.instant());
		}
		catch (Throwable ex) {
			failed(id, receiver.receiver(), attempt, ex.toString(), ex);
		}
	}

	private void failed(String id, String receiver, int attempt, String error, @Nullable Throwable ex) {
		if (attempt >= this.settings.maxAttempts()) {
			logger.error("Durable receiver " + receiver + " failed delivery " + id + " for the last time (attempt "
					+ attempt + "); it is kept as dead until resubmitted", ex);
			this.store.failed(id, this.instance, attempt, null, error);
		}
		else {
			Instant next = this.clock.instant().plus(backoff(attempt));
			logger.warn("Durable receiver " + receiver + " failed delivery " + id + " (attempt " + attempt
					+ "); retrying at " + next + ": " + error);
			this.store.failed(id, this.instance, attempt, next, error);
		}
	}

	/**
	 * The wait after a failed attempt: the initial interval, multiplied after each further
	 * failure, at most the maximum interval.
	 */
	Duration backoff(int failedAttempts) {
		double millis = this.settings.initialInterval().toMillis()
				* Math.pow(this.settings.multiplier(), failedAttempts - 1);
		return Duration.ofMillis((long) Math.min(millis, this.settings.maxInterval().toMillis()));
	}

	/**
	 * Attempt every due delivery this instance can claim.
	 * @return how many were attempted
	 */
	public int deliverDue() {
		Instant now = this.clock.instant();
		Set<String> receivers = new LinkedHashSet<>();
		for (ConnectedReceiver receiver : this.registry.all()) {
			if (receiver.isDurable()) {
				receivers.add(receiver.receiver());
			}
		}
		List<StoredDelivery> claimed = this.store.claim(this.instance, receivers, now, now.plus(this.settings.lease()),
				this.settings.batchSize());
		for (StoredDelivery delivery : claimed) {
			ConnectedReceiver receiver = receiver(delivery);
			if (receiver == null) {
				failed(delivery.id(), delivery.receiver(), delivery.attempts() + 1,
						"No durable receiver " + delivery.receiver() + " of signal '" + delivery.signal()
								+ "' is connected in this application",
						null);
				continue;
			}
			Object payload;
			try {
				payload = this.codec.decode(delivery.payloadType(), delivery.payload());
			}
			catch (RuntimeException ex) {
				failed(delivery.id(), delivery.receiver(), delivery.attempts() + 1, "Unreadable payload: " + ex, ex);
				continue;
			}
			deliver(delivery.id(), receiver, sender(delivery), payload, delivery.attempts());
		}
		return claimed.size();
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
		return (sender != null && ClassUtils.isPresent(sender, getClass().getClassLoader()))
				? ClassUtils.resolveClassName(sender, getClass().getClassLoader()) : null;
	}

	/**
	 * Delete the completed deliveries older than the time they are kept.
	 * @return how many were deleted
	 */
	public int cleanUp() {
		return this.store.deleteCompletedBefore(this.clock.instant().minus(this.settings.keepCompleted()));
	}

	@Override
	public Map<String, Counts> countsByReceiver() {
		return this.store.countsByReceiver();
	}

	@Override
	public Optional<Delivery> find(String id) {
		return this.store.find(id).map(StoredDelivery::view);
	}

	@Override
	public List<Delivery> pending() {
		return this.store.withStatus(Status.PENDING).stream().map(StoredDelivery::view).toList();
	}

	@Override
	public List<Delivery> dead() {
		return this.store.withStatus(Status.DEAD).stream().map(StoredDelivery::view).toList();
	}

	@Override
	public boolean resubmit(String id) {
		return this.store.resubmit(id, this.clock.instant());
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "signals-delivery");
			thread.setDaemon(true);
			return thread;
		});
		long poll = this.settings.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(() -> guarded("deliver due deliveries", this::deliverDue), poll, poll,
				TimeUnit.MILLISECONDS);
		long cleanup = this.settings.cleanupInterval().toMillis();
		executor.scheduleWithFixedDelay(() -> guarded("clean up completed deliveries", this::cleanUp), cleanup,
				cleanup, TimeUnit.MILLISECONDS);
		this.scheduler = executor;
	}

	private static void guarded(String what, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not " + what + "; trying again later", ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.scheduler;
		if (executor != null) {
			executor.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/**
	 * How durable deliveries are retried, polled and kept.
	 *
	 * @param maxAttempts attempts before a delivery is dead
	 * @param initialInterval the wait after the first failure
	 * @param multiplier the factor applied to the wait after each further failure
	 * @param maxInterval the longest wait
	 * @param pollInterval how often due deliveries are looked for
	 * @param lease how long an attempt holds its delivery before another instance may take it
	 * @param batchSize the most deliveries claimed at a time
	 * @param keepCompleted how long completed deliveries are kept
	 * @param cleanupInterval how often old completed deliveries are deleted
	 */
	public record Settings(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval,
			Duration pollInterval, Duration lease, int batchSize, Duration keepCompleted, Duration cleanupInterval) {
	}

}
