package dev.signals.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import dev.signals.delivery.DeliveryStatistics;
import dev.signals.delivery.DeliveryStatistics.Backlog;

/**
 * The {@code signals} health of durable delivery: {@code DOWN} while dead deliveries wait for
 * an operator, {@code OUT_OF_SERVICE} while a pending delivery is older than the limit (its
 * receiver keeps failing, or no instance has it), else {@code UP}; the details give each
 * receiver's pending and dead deliveries and the age of its oldest pending one.
 *
 * @since 0.2.0
 */
public class SignalsHealthIndicator implements HealthIndicator {

	private final DeliveryStatistics statistics;

	private final Duration maxPendingAge;

	private final Clock clock;

	/**
	 * Create the indicator.
	 * @param statistics the deliveries' counts, read once per health check
	 * @param maxPendingAge the age of the oldest pending delivery beyond which the health is
	 * out of service
	 * @param clock the clock the age is measured with
	 */
	public SignalsHealthIndicator(DeliveryStatistics statistics, Duration maxPendingAge, Clock clock) {
		this.statistics = statistics;
		this.maxPendingAge = maxPendingAge;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		Map<String, Object> receivers = new TreeMap<>();
		long dead = 0;
		Duration oldest = Duration.ZERO;
		for (Map.Entry<String, Backlog> entry : this.statistics.backlogByReceiver().entrySet()) {
			Backlog backlog = entry.getValue();
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("pending", backlog.pending());
			details.put("dead", backlog.dead());
			if (backlog.oldestPending() != null) {
				Duration age = Duration.between(backlog.oldestPending(), now);
				details.put("oldestPendingAge", age.toString());
				oldest = (age.compareTo(oldest) > 0) ? age : oldest;
			}
			receivers.put(entry.getKey(), details);
			dead += backlog.dead();
		}
		Status status = (dead > 0) ? Status.DOWN
				: (oldest.compareTo(this.maxPendingAge) > 0) ? Status.OUT_OF_SERVICE : Status.UP;
		return Health.status(status)
			.withDetail("maxPendingAge", this.maxPendingAge.toString())
			.withDetail("receivers", receivers)
			.build();
	}

}
