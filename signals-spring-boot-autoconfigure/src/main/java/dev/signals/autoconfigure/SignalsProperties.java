package dev.signals.autoconfigure;

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

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
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

}
