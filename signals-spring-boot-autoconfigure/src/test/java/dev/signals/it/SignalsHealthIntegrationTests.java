package dev.signals.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SignalsTestApplication.class,
		properties = { "signals.delivery.max-attempts=1", "signals.delivery.health.max-pending-age=1m" })
@Import(SignalsHealthIntegrationTests.HealthReceivers.class)
class SignalsHealthIntegrationTests {

	static final Signal<Invoice> INVOICE_SENT = Signal.named("invoice_sent", Invoice.class);

	/** A receiver no instance has, so that the poller leaves the records the tests write alone. */
	static final String GONE = "dev.signals.it.Removed.receiver";

	@Autowired
	private HealthContributorRegistry registry;

	@Autowired
	private Signals signals;

	@Autowired
	private JdbcTemplate jdbc;

	private HealthIndicator indicator;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from signals_delivery");
		this.indicator = (HealthIndicator) this.registry.getContributor("signals");
	}

	@Test
	void isUpWithoutDeliveries() {
		this.signals.send(INVOICE_SENT, null, new Invoice("I-1", false));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("maxPendingAge", "PT1M").containsEntry("receivers", Map.of());
	}

	@Test
	void isUpWithRecentPendingDeliveriesAndDetailsThem() {
		insert(GONE, "PENDING", Instant.now().minusSeconds(5));
		insert(GONE, "PENDING", Instant.now());
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(receiver(health, GONE)).containsEntry("pending", 2L)
			.containsEntry("dead", 0L)
			.hasEntrySatisfying("oldestPendingAge",
					(age) -> assertThat(Duration.parse((String) age)).isBetween(Duration.ofSeconds(5),
							Duration.ofSeconds(55)));
	}

	@Test
	void isOutOfServiceWhenAPendingDeliveryIsOlderThanTheLimit() {
		insert(GONE, "PENDING", Instant.now().minus(Duration.ofMinutes(2)));
		insert(GONE, "PENDING", Instant.now());
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(receiver(health, GONE)).containsEntry("pending", 2L)
			.hasEntrySatisfying("oldestPendingAge",
					(age) -> assertThat(Duration.parse((String) age)).isGreaterThanOrEqualTo(Duration.ofMinutes(2)));
	}

	@Test
	void isDownWhenADeliveryIsDead() {
		this.signals.send(INVOICE_SENT, null, new Invoice("I-2", true));
		this.signals.send(INVOICE_SENT, null, new Invoice("I-3", false));
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(receiver(health, HealthReceivers.class.getName() + ".invoiced")).containsEntry("dead", 1L)
			.containsEntry("pending", 0L)
			.doesNotContainKey("oldestPendingAge");
	}

	@Test
	void isDownWhenADeliveryIsDeadEvenWithAStalePendingOne() {
		insert(GONE, "PENDING", Instant.now().minus(Duration.ofMinutes(2)));
		insert("dev.signals.it.Other.receiver", "DEAD", Instant.now());
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(receiver(health, "dev.signals.it.Other.receiver")).containsEntry("dead", 1L);
		assertThat(receiver(health, GONE)).containsEntry("pending", 1L);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> receiver(Health health, String name) {
		Map<String, Object> receivers = (Map<String, Object>) health.getDetails().get("receivers");
		assertThat(receivers).containsKey(name);
		return (Map<String, Object>) receivers.get(name);
	}

	private void insert(String receiver, String status, Instant createdAt) {
		long never = Long.MAX_VALUE;
		this.jdbc.update(
				"insert into signals_delivery (id, receiver, signal_name, sender, payload_type, payload, status, attempts, "
						+ "next_attempt_at, locked_until, locked_by, last_error, created_at, completed_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), receiver, "invoice_sent", null, Invoice.class.getName(), "{}", status, 1,
				never, 0L, null, null, createdAt.toEpochMilli(), null);
	}

	record Invoice(String number, boolean rejected) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HealthReceivers {

		@Bean
		Signal<Invoice> invoiceSent() {
			return INVOICE_SENT;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void invoiced(Invoice invoice) {
			if (invoice.rejected()) {
				throw new IllegalStateException("rejected: " + invoice.number());
			}
		}

	}

}
