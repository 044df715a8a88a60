package dev.signals.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.signals.crash.CrashDatabase.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * An application instance in a child JVM commits a write that sends a signal to a durable
 * receiver and is killed with {@code kill -9} while the receiver runs; the restarted
 * application delivers the call exactly once, under the id recorded with the write.
 * <p>
 * On H2 (a file database that this JVM serves to the children) in the default build; on
 * PostgreSQL and MariaDB in the services profile, whose {@code spring.datasource.*} system
 * properties it passes to the children.
 */
class DeliveryAfterCrashIntegrationTests {

	/** {@code signals.delivery.lease} in the child application. */
	private static final Duration LEASE = Duration.ofSeconds(2);

	/** {@code signals.delivery.poll-interval} in the child application. */
	private static final Duration POLL = Duration.ofMillis(200);

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private final List<ChildJvm> children = new ArrayList<>();

	private CrashDatabase database;

	@BeforeEach
	void prepareDatabase() {
		this.database = CrashDatabase.fromBuild("after-crash");
		this.database.prepare();
	}

	@AfterEach
	void killChildren() throws Exception {
		this.children.forEach(ChildJvm::close);
		this.database.close();
	}

	@Test
	void aDeliveryWhoseInstanceIsKilledBeforeItsReceiverCompletesIsDeliveredExactlyOnceAfterARestart() {
		ChildJvm first = start("after-crash-first", "A", Map.of("crash.mode", "send", "crash.count", "1",
				"crash.block-receiver", "true"));
		// printed by the receiver, after the commit, before it writes anything
		String[] receiving = first.awaitReport("RECEIVING ", STARTUP).split(" ");
		String deliveryId = receiving[1];
		assertThat(receiving[2]).isEqualTo("P-1");
		assertThat(this.database.deliveries()).as("the delivery record committed with the write")
			.singleElement()
			.satisfies((record) -> {
				assertThat(record.id()).isEqualTo(deliveryId);
				assertThat(record.status()).isEqualTo("PENDING");
				assertThat(record.attempts()).isZero();
				assertThat(record.lockedBy()).as("held by the instance attempting it").isNotNull();
			});
		String killedOwner = this.database.deliveries().get(0).lockedBy();
		assertThat(this.database.receipts()).as("the receiver has not completed").isEmpty();
		assertThat(first.report("SENT")).as("the sending thread is still in the receiver").isEmpty();

		first.kill();
		assertThat(first.isAlive()).isFalse();
		assertThat(this.database.deliveries()).extracting(Record::id, Record::status)
			.containsExactly(tuple(deliveryId, "PENDING"));

		ChildJvm restarted = start("after-crash-restarted", "B", Map.of("crash.mode", "serve"));
		await("the restarted instance delivers").atMost(STARTUP.plus(LEASE))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.database.receiptCount() > 0);
		// more than a lease and several polls later, still one call
		await("no second call").during(LEASE.plus(POLL.multipliedBy(5)))
			.atMost(LEASE.plus(POLL.multipliedBy(5)).plusSeconds(5))
			.untilAsserted(() -> assertThat(this.database.receiptCount()).isOne());
		assertThat(this.database.receipts()).singleElement().satisfies((receipt) -> {
			assertThat(receipt.deliveryId()).isEqualTo(deliveryId);
			assertThat(receipt.parcel()).isEqualTo("P-1");
			assertThat(receipt.instance()).isEqualTo("B");
			assertThat(receipt.owner()).as("taken over from the killed instance").isNotNull().isNotEqualTo(killedOwner);
		});
		assertThat(this.database.deliveries()).singleElement().satisfies((record) -> {
			assertThat(record.id()).isEqualTo(deliveryId);
			assertThat(record.status()).isEqualTo("COMPLETED");
			assertThat(record.attempts()).as("the killed attempt never recorded an outcome").isOne();
			assertThat(record.lockedBy()).isNull();
		});
		assertThat(restarted.isAlive()).isTrue();
	}

	private ChildJvm start(String name, String instance, Map<String, String> properties) {
		Map<String, String> all = new LinkedHashMap<>(this.database.childProperties());
		all.put("crash.instance", instance);
		all.putAll(properties);
		ChildJvm child = ChildJvm.start(name, all);
		this.children.add(child);
		return child;
	}

}
