package dev.signals.delivery;

import java.util.Map;

/**
 * How many durable deliveries each receiver has waiting and dead, for the actuator endpoint.
 */
public interface DeliveryStatistics {

	/**
	 * The pending and dead deliveries by receiver name; receivers with neither are left out.
	 * @return the counts by receiver name
	 */
	Map<String, Counts> countsByReceiver();

	/**
	 * One receiver's deliveries that are not completed.
	 *
	 * @param pending waiting for their first or next attempt
	 * @param dead failed for the last time
	 */
	record Counts(long pending, long dead) {
	}

}
