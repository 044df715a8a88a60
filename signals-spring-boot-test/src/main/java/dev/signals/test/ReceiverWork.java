package dev.signals.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.transaction.TransactionPhases;

/**
 * What the receivers of a context still have to do after the sending thread has moved on
 * (async calls queued or running, durable deliveries pending), and waiting until it is done.
 */
final class ReceiverWork {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

	private final ListableBeanFactory beanFactory;

	ReceiverWork(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * Wait until no async receiver call is queued or running and no durable delivery recorded
	 * since a moment is pending.
	 * @throws AssertionError if work is left once the timeout has passed
	 */
	void awaitDone(Instant since, Duration timeout) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Cannot wait for the receivers inside a transaction: its AFTER_COMMIT and "
					+ "AFTER_COMPLETION receivers run only once it has ended. Wait after the transaction, "
					+ "outside a @Transactional test or @DataJpaTest");
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String left = workLeft(since);
			if (left == null) {
				return;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new AssertionError("The receivers were still at work after " + timeout + ": " + left);
			}
			pause();
		}
	}

	/**
	 * Pending deliveries are read both before and after the async calls, so that neither a
	 * delivery that an async receiver records on its way out nor an async call that a delivery
	 * starts slips between the two readings.
	 * @return what is left, {@code null} when nothing is
	 */
	private @Nullable String workLeft(Instant since) {
		List<Delivery> pending = pendingSince(since);
		int async = asyncCallsInFlight();
		if (pending.isEmpty() && async == 0) {
			pending = pendingSince(since);
		}
		if (pending.isEmpty() && async == 0) {
			return null;
		}
		List<String> left = new ArrayList<>();
		if (async > 0) {
			left.add(async + " async receiver call" + ((async > 1) ? "s" : "") + " queued or running");
		}
		for (Delivery delivery : pending) {
			left.add("durable delivery " + delivery.id() + " of '" + delivery.signal() + "' to " + delivery.receiver()
					+ " pending after " + delivery.attempts() + " attempt" + ((delivery.attempts() != 1) ? "s" : "")
					+ ((delivery.lastError() != null) ? " (last error: " + delivery.lastError() + ")" : "")
					+ ((delivery.nextAttemptAt() != null) ? ", next attempt at " + delivery.nextAttemptAt() : ""));
		}
		return String.join("; ", left);
	}

	private int asyncCallsInFlight() {
		TransactionPhases phases = this.beanFactory.getBeanProvider(TransactionPhases.class).getIfUnique();
		return (phases != null) ? phases.asyncCallsInFlight() : 0;
	}

	private List<Delivery> pendingSince(Instant since) {
		Deliveries deliveries = this.beanFactory.getBeanProvider(Deliveries.class).getIfUnique();
		if (deliveries == null) {
			return List.of();
		}
		return deliveries.pending().stream().filter((delivery) -> !delivery.createdAt().isBefore(since)).toList();
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the receivers", ex);
		}
	}

}
