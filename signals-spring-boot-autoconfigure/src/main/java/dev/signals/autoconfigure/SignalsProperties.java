package dev.signals.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for signals.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("signals")
public class SignalsProperties {

	/**
	 * Whether to dispatch signals: model signals from entity writes and custom signals.
	 */
	private boolean enabled = true;

	/**
	 * What to do when a bulk update or delete (JPQL, HQL, Criteria, deleteAllInBatch, native
	 * SQL) changes rows of an entity that has model signal receivers, which will not run for
	 * them.
	 */
	private BulkOperations bulkOperations = BulkOperations.WARN;

	private final Delivery delivery = new Delivery();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Delivery getDelivery() {
		return this.delivery;
	}

	public BulkOperations getBulkOperations() {
		return this.bulkOperations;
	}

	public void setBulkOperations(BulkOperations bulkOperations) {
		this.bulkOperations = bulkOperations;
	}

	/**
	 * What to do about bulk operations that bypass model signal receivers.
	 */
	public enum BulkOperations {

		/**
		 * Log a warning naming the receivers that will not run.
		 */
		WARN,

		/**
		 * Refuse the statement before it runs, with the same message.
		 */
		FAIL,

		/**
		 * Say nothing.
		 */
		IGNORE

	}

	/**
	 * Durable delivery of the calls of durable receivers.
	 */
	public static class Delivery {

		/**
		 * Whether to create the delivery table at startup when it does not exist (H2,
		 * PostgreSQL, MariaDB and MySQL).
		 */
		private boolean initializeSchema = true;

		/**
		 * Attempts before a delivery is kept as dead.
		 */
		private int maxAttempts = 10;

		/**
		 * Wait after the first failed attempt.
		 */
		private Duration initialInterval = Duration.ofSeconds(1);

		/**
		 * Factor applied to the wait after each further failed attempt.
		 */
		private double multiplier = 2.0;

		/**
		 * Longest wait between two attempts.
		 */
		private Duration maxInterval = Duration.ofMinutes(10);

		/**
		 * How often to look for due deliveries: retries, and calls an instance did not finish.
		 */
		private Duration pollInterval = Duration.ofSeconds(1);

		/**
		 * How long an attempt holds its delivery before another instance may take it over;
		 * longer than the slowest durable receiver takes, or that receiver may run twice.
		 */
		private Duration lease = Duration.ofMinutes(1);

		/**
		 * Most deliveries to claim at a time.
		 */
		private int batchSize = 100;

		/**
		 * How long to keep completed deliveries.
		 */
		private Duration keepCompleted = Duration.ofDays(7);

		/**
		 * How often to delete the completed deliveries that are older than they are kept.
		 */
		private Duration cleanupInterval = Duration.ofHours(1);

		public boolean isInitializeSchema() {
			return this.initializeSchema;
		}

		public void setInitializeSchema(boolean initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public Duration getLease() {
			return this.lease;
		}

		public void setLease(Duration lease) {
			this.lease = lease;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public Duration getKeepCompleted() {
			return this.keepCompleted;
		}

		public void setKeepCompleted(Duration keepCompleted) {
			this.keepCompleted = keepCompleted;
		}

		public Duration getCleanupInterval() {
			return this.cleanupInterval;
		}

		public void setCleanupInterval(Duration cleanupInterval) {
			this.cleanupInterval = cleanupInterval;
		}

	}

}
