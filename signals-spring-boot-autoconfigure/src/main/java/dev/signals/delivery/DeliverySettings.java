package dev.signals.delivery;

import java.time.Duration;

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
public record DeliverySettings(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval,
		Duration pollInterval, Duration lease, int batchSize, Duration keepCompleted, Duration cleanupInterval) {

	/**
	 * The wait after a failed attempt: the initial interval, multiplied after each further
	 * failure, at most the maximum interval.
	 */
	Duration backoff(int failedAttempts) {
		double millis = this.initialInterval.toMillis() * Math.pow(this.multiplier, failedAttempts - 1);
		return Duration.ofMillis((long) Math.min(millis, this.maxInterval.toMillis()));
	}

}
