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

	/** {@return whether signals are dispatched} */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Turn all dispatch on or off.
	 * @param enabled whether to dispatch signals
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** {@return the settings of durable delivery} */
	public Delivery getDelivery() {
		return this.delivery;
	}

	/** {@return what happens to bulk operations that bypass model signal receivers} */
	public BulkOperations getBulkOperations() {
		return this.bulkOperations;
	}

	/**
	 * Choose what happens to bulk operations that bypass model signal receivers.
	 * @param bulkOperations warn, fail or ignore
	 */
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

		private final Health health = new Health();

		/** {@return whether the delivery table is created at startup when missing} */
		public boolean isInitializeSchema() {
			return this.initializeSchema;
		}

		/**
		 * Choose whether the delivery table is created at startup when missing.
		 * @param initializeSchema {@code false} when Flyway, Liquibase or a DBA creates it
		 */
		public void setInitializeSchema(boolean initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

		/** {@return the attempts before a delivery is kept as dead} */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/**
		 * Limit the attempts of a delivery.
		 * @param maxAttempts the attempts before a delivery is kept as dead
		 */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/** {@return the wait after the first failed attempt} */
		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		/**
		 * Set the wait after the first failed attempt.
		 * @param initialInterval the wait before the second attempt
		 */
		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		/** {@return the factor applied to the wait after each further failed attempt} */
		public double getMultiplier() {
			return this.multiplier;
		}

		/**
		 * Set how fast the wait between attempts grows.
		 * @param multiplier the factor applied to the wait after each further failed attempt
		 */
		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		/** {@return the longest wait between two attempts} */
		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		/**
		 * Cap the wait between two attempts.
		 * @param maxInterval the longest wait
		 */
		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		/** {@return how often due deliveries are looked for} */
		public Duration getPollInterval() {
			return this.pollInterval;
		}

		/**
		 * Set how often due deliveries are looked for.
		 * @param pollInterval the time between two polls
		 */
		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		/** {@return how long an attempt holds its delivery against other instances} */
		public Duration getLease() {
			return this.lease;
		}

		/**
		 * Set how long an attempt holds its delivery.
		 * @param lease longer than the slowest durable receiver takes, or it may run twice
		 */
		public void setLease(Duration lease) {
			this.lease = lease;
		}

		/** {@return the most deliveries claimed at a time} */
		public int getBatchSize() {
			return this.batchSize;
		}

		/**
		 * Limit the deliveries claimed at a time.
		 * @param batchSize the most deliveries one poll claims
		 */
		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		/** {@return how long completed deliveries are kept} */
		public Duration getKeepCompleted() {
			return this.keepCompleted;
		}

		/**
		 * Set how long completed deliveries are kept.
		 * @param keepCompleted the age after which a completed delivery may be deleted
		 */
		public void setKeepCompleted(Duration keepCompleted) {
			this.keepCompleted = keepCompleted;
		}

		/** {@return how often old completed deliveries are deleted} */
		public Duration getCleanupInterval() {
			return this.cleanupInterval;
		}

		/**
		 * Set how often old completed deliveries are deleted.
		 * @param cleanupInterval the time between two clean-ups
		 */
		public void setCleanupInterval(Duration cleanupInterval) {
			this.cleanupInterval = cleanupInterval;
		}

		/** {@return the settings of the {@code signals} health indicator} */
		public Health getHealth() {
			return this.health;
		}

		/**
		 * The {@code signals} health indicator of durable delivery.
		 */
		public static class Health {

			/**
			 * Age of the oldest pending delivery beyond which the health is OUT_OF_SERVICE.
			 */
			private Duration maxPendingAge = Duration.ofMinutes(10);

			/** {@return the age of the oldest pending delivery beyond which the health is out of service} */
			public Duration getMaxPendingAge() {
				return this.maxPendingAge;
			}

			/**
			 * Set the age of the oldest pending delivery beyond which the health is out of service.
			 * @param maxPendingAge the longest a pending delivery may wait while the health is up
			 */
			public void setMaxPendingAge(Duration maxPendingAge) {
				this.maxPendingAge = maxPendingAge;
			}

		}

	}

}
