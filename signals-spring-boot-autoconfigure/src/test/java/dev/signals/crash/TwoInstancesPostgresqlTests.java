package dev.signals.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.signals.crash.CrashDatabase.Receipt;
import dev.signals.crash.CrashDatabase.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on PostgreSQL deliver 1,000 durable signals with their pollers
 * ({@code FOR UPDATE SKIP LOCKED}); one is killed with {@code kill -9} midway. Every signal is
 * delivered, and more than once only if the killed instance had completed its receiver but not
 * yet stored the completion: delivery is at least once, and a duplicate carries the same
 * delivery id.
 * <p>
 * The signals are sent by a third instance that cannot reach the receiver's downstream
 * service: its after-commit attempt fails at once and its poller does not run within the test,
 * so every delivery is made by the two instances' pollers (attempt 2), which is where two
 * instances compete. Only for PostgreSQL (tag {@code postgresql}), at
 * {@value CrashDatabase#POSTGRESQL_URL} unless {@code spring.datasource.url} names another
 * PostgreSQL; it fails, never skips, without one.
 */
@Tag("postgresql")
class TwoInstancesPostgresqlTests {

	private static final int PARCELS = 1000;

	/** {@code signals.delivery.batch-size} in the child application. */
	private static final int BATCH_SIZE = 20;

	/** {@code signals.delivery.lease} in the child application. */
	private static final Duration LEASE = Duration.ofSeconds(2);

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private final List<ChildJvm> children = new ArrayList<>();

	private CrashDatabase database;

	@AfterEach
	void killChildren() throws Exception {
		this.children.forEach(ChildJvm::close);
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aThousandDurableSignalsAreEachDeliveredByTwoInstancesEvenWithOneKilledMidway() {
		this.database = CrashDatabase.postgresql();
		this.database.prepare();
		ChildJvm a = start("two-instances-a", "A", Map.of("crash.mode", "serve"));
		ChildJvm b = start("two-instances-b", "B", Map.of("crash.mode", "serve"));
		a.awaitReport("READY", STARTUP);
		b.awaitReport("READY", STARTUP);
		ChildJvm sender = start("two-instances-sender", "S",
				Map.of("crash.mode", "send", "crash.count", String.valueOf(PARCELS), "crash.receiver-unavailable",
						"true", "signals.delivery.poll-interval", "1h"));

		// A's id in the library: the owner of the records A holds, which its receipts name
		String ownerOfA = await("A's first receipt").atMost(STARTUP)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.database.receipts()
				.stream()
				.filter((receipt) -> receipt.instance().equals("A"))
				.map(Receipt::owner)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		// midway, and while A holds claimed records, so that the kill interrupts a batch
		await("300 receipts, A holding records").atMost(STARTUP)
			.pollInterval(Duration.ofMillis(5))
			.until(() -> this.database.receiptCount() >= 300 && !this.database.heldBy(ownerOfA).isEmpty());
		a.kill();
		// exact now that A is dead: what it had claimed or was attempting and had not completed
		List<String> inFlightOnA = this.database.heldBy(ownerOfA);
		long receiptsAtKill = this.database.receiptCount();
		long byAAtKill = this.database.receipts().stream().filter((receipt) -> receipt.instance().equals("A")).count();
		sender.awaitReport("SENT " + PARCELS, STARTUP);

		await("every delivery completed").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.database.deliveryCount("COMPLETED") == PARCELS);
		// more than a lease later: no further call
		long receiptsAtEnd = this.database.receiptCount();
		await("no further call").during(LEASE.plusSeconds(1))
			.atMost(LEASE.plusSeconds(6))
			.untilAsserted(() -> assertThat(this.database.receiptCount()).isEqualTo(receiptsAtEnd));

		List<Record> records = this.database.deliveries();
		List<Receipt> receipts = this.database.receipts();
		assertThat(records).hasSize(PARCELS).allSatisfy((record) -> {
			assertThat(record.status()).isEqualTo("COMPLETED");
			assertThat(record.lockedBy()).isNull();
		});
		Set<String> recordIds = records.stream().map(Record::id).collect(Collectors.toSet());
		Map<String, List<Receipt>> byParcel = receipts.stream()
			.collect(Collectors.groupingBy(Receipt::parcel, LinkedHashMap::new, Collectors.toList()));
		assertThat(byParcel.keySet()).as("no parcel lost")
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PARCELS).mapToObj((i) -> "P-" + i).toList());
		assertThat(receipts).as("every receipt belongs to a recorded delivery")
			.allSatisfy((receipt) -> assertThat(recordIds).contains(receipt.deliveryId()));
		assertThat(receipts).extracting(Receipt::instance).as("the sender never delivered").doesNotContain("S");
		assertThat(byParcel.values()).as("one delivery id per parcel, duplicates included")
			.allSatisfy((calls) -> assertThat(calls).extracting(Receipt::deliveryId).containsOnly(calls.get(0).deliveryId()));
		assertThat(receipts.stream().map(Receipt::deliveryId).distinct().count()).as("one delivery per parcel")
			.isEqualTo(PARCELS);

		Map<String, List<Receipt>> duplicated = byParcel.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<String> duplicatedIds = duplicated.values()
			.stream()
			.map((calls) -> calls.get(0).deliveryId())
			.collect(Collectors.toSet());
		assertThat(inFlightOnA).as("A held at most one batch").hasSizeLessThanOrEqualTo(BATCH_SIZE);
		assertThat(receipts).filteredOn((receipt) -> inFlightOnA.contains(receipt.deliveryId()))
			.as("what A held when killed was taken over by B")
			.filteredOn((receipt) -> receipt.instance().equals("B"))
			.hasSize(inFlightOnA.size());
		// A's poller attempts its claimed records one at a time: the receipt, then the completion,
		// each committed on its own. Only a record between those two commits when A died can be
		// delivered twice, so at most one, and one A held; any other would be a duplicate without a
		// crash.
		assertThat(duplicatedIds).as("duplicates only of what the killed instance held")
			.isSubsetOf(inFlightOnA)
			.hasSizeLessThanOrEqualTo(1);
		assertThat(duplicated.values()).allSatisfy((calls) -> assertThat(calls).extracting(Receipt::instance)
			.as("a duplicate: the killed instance's call, then the survivor's")
			.containsExactly("A", "B"));
		assertThat(receipts).hasSize(PARCELS + duplicated.size());
		long byA = receipts.stream().filter((receipt) -> receipt.instance().equals("A")).count();
		assertThat(byA).as("nothing delivered by A after its death").isEqualTo(byAAtKill).isPositive();
		assertThat(receipts).extracting(Receipt::instance).as("both instances delivered").contains("A", "B");
		assertThat(b.isAlive()).isTrue();
		System.out.printf(
				"%d parcels: killed A after %d receipts holding %d records; %d delivered by A, %d by B; %d duplicated %s%n",
				PARCELS, receiptsAtKill, inFlightOnA.size(), byA, receipts.size() - byA, duplicated.size(),
				duplicated.keySet());
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
