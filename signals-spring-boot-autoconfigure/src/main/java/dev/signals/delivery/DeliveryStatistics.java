package dev.signals.delivery;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How many durable deliveries each receiver has waiting and dead, for the actuator endpoint
 * and the health indicator.
 */
public interface DeliveryStatistics {

	/**
	 * The pending and dead deliveries by receiver name with the creation time of each
	 * receiver's oldest pending one, read in one query; receivers with neither are left out.
	 * @return the backlog by receiver name
	 */
	Map<String, Backlog> backlogByReceiver();

	/**
	 * One receiver's deliveries that are not completed, and since when the oldest pending one waits.
	 *
	 * @param pending waiting for their first or next attempt
	 * @param dead failed for the last time
	 * @param oldestPending when the oldest pending delivery was recorded, {@code null} without pending ones
	 */
	record Backlog(long pending, long dead, @Nullable Instant oldestPending) {
	}

}
