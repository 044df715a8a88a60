package dev.signals.delivery;

import java.time.Clock;

/**
 * Deletes the completed deliveries once they are older than the time they are kept.
 */
public final class DeliveryCleanup {

	private final DeliveryStore store;

	private final DeliverySettings settings;

	private final Clock clock;

	/**
	 * Create the clean-up of a delivery table.
	 * @param store the delivery table
	 * @param settings how long completed deliveries are kept
	 * @param clock tells how old they are
	 */
	public DeliveryCleanup(DeliveryStore store, DeliverySettings settings, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Delete the completed deliveries older than the time they are kept.
	 * @return how many were deleted
	 */
	public int cleanUp() {
		return this.store.deleteCompletedBefore(this.clock.instant().minus(this.settings.keepCompleted()));
	}

}
