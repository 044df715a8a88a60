package dev.signals.it;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Change;
import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.Delivery.Status;
import dev.signals.Phase;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.actuate.SignalsEndpoint;
import dev.signals.delivery.DeliveryCleanup;
import dev.signals.delivery.PayloadCodec;
import dev.signals.dispatch.ReceiverRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SignalsTestApplication.class,
		properties = { "signals.delivery.initial-interval=50ms", "signals.delivery.multiplier=2",
				"signals.delivery.poll-interval=100ms", "signals.delivery.max-attempts=3" })
@Import(DurableDeliveryIntegrationTests.DurableReceivers.class)
class DurableDeliveryIntegrationTests {

	static final Signal<Shipment> SHIPMENT_SENT = Signal.named("shipment_sent", Shipment.class);

	static final Signal<Unstorable> UNSTORABLE = Signal.named("unstorable", Unstorable.class);

	/** The bean name of an imported configuration class is its class name. */
	static final String RECEIVERS = DurableReceivers.class.getName();

	@Autowired
	private Signals signals;

	@Autowired
	private Deliveries deliveries;

	@Autowired
	private DeliveryCleanup cleanup;

	@Autowired
	private DurableReceivers receivers;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private PayloadCodec.ModelEventCodec modelEvents;

	@Autowired
	private ReceiverRegistry registry;

	@Autowired
	private BeanFactory beanFactory;

	@BeforeEach
	void clean() {
		TestData.clean(this.signals, this.jdbc);
		this.jdbc.update("delete from signals_delivery");
		this.receivers.reset();
	}

	@Test
	void aRolledBackWriteRecordsNoDeliveryAndRunsNothing() {
		this.transaction.executeWithoutResult((status) -> {
			this.jobs.saveAndFlush(new Job("Baker", "Bread"));
			assertThat(rows()).as("recorded in the writing transaction").isOne();
			status.setRollbackOnly();
		});
		assertThat(rows()).isZero();
		assertThat(this.receivers.jobCalls).isEmpty();
	}

	@Test
	void aCommittedWriteIsDeliveredOnceAndItsRecordCompleted() {
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		assertThat(this.receivers.jobCalls).singleElement().satisfies((call) -> assertThat(call).contains(":Baker:"));
		String id = deliveryId(this.receivers.jobCalls.get(0));
		assertThat(this.deliveries.find(id)).get().satisfies((delivery) -> {
			assertThat(delivery.status()).isEqualTo(Status.COMPLETED);
			assertThat(delivery.attempts()).isOne();
			assertThat(delivery.receiver()).isEqualTo(RECEIVERS + ".jobSaved");
			assertThat(delivery.completedAt()).isNotNull();
		});
	}

	@Test
	void aReceiverFailingTwiceIsDeliveredOnTheThirdAttemptUnderTheSameId() {
		this.receivers.failures.set(2);
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(this.receivers.jobCalls).hasSize(3));
		List<String> ids = this.receivers.jobCalls.stream().map(DurableDeliveryIntegrationTests::deliveryId).toList();
		assertThat(ids).containsOnly(ids.get(0));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.deliveries.find(ids.get(0))).get()
			.extracting(Delivery::status, Delivery::attempts)
			.containsExactly(Status.COMPLETED, 3));
	}

	@Test
	void aReceiverThatAlwaysFailsEndsDeadWithItsErrorAndIsDeliveredAfterResubmission() {
		this.receivers.failures.set(Integer.MAX_VALUE);
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(this.deliveries.dead()).hasSize(1));
		Delivery dead = this.deliveries.dead().get(0);
		assertThat(dead.attempts()).isEqualTo(3);
		assertThat(dead.lastError()).contains("CRM is down");
		assertThat(dead.nextAttemptAt()).isNull();
		assertThat(new SignalsEndpoint(this.registry, this.beanFactory).signals().receivers())
			.filteredOn((receiver) -> receiver.name().equals(RECEIVERS + ".jobSaved"))
			.singleElement()
			.satisfies((receiver) -> {
				assertThat(receiver.durable()).isTrue();
				assertThat(receiver.deadDeliveries()).isOne();
				assertThat(receiver.pendingDeliveries()).isZero();
				assertThat(receiver.failures()).isEqualTo(3);
			});
		this.receivers.failures.set(0);
		assertThat(this.deliveries.resubmit(dead.id())).isTrue();
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.deliveries.find(dead.id())).get()
				.extracting(Delivery::status)
				.isEqualTo(Status.COMPLETED));
		assertThat(this.deliveries.dead()).isEmpty();
		assertThat(this.deliveries.resubmit(dead.id())).as("only dead deliveries are resubmitted").isFalse();
	}

	@Test
	void aPendingDeliveryLeftByAnInstanceThatDiedIsDeliveredByThePoller() {
		// what an instance leaves when it dies after the commit and before the receiver ran
		this.jdbc.update("insert into signals_delivery (id, receiver, signal_name, sender, payload_type, payload, status, "
				+ "attempts, next_attempt_at, locked_until, locked_by, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', "
				+ "0, 0, 1, 'dead-instance', 0)", "4d2f9a1e-0000-4000-8000-000000000001", RECEIVERS + ".shipped",
				"shipment_sent", DurableDeliveryIntegrationTests.class.getName(), Shipment.class.getName(),
				"{\"parcel\":\"P-1\",\"weight\":3}");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.receivers.shipments)
				.containsExactly("4d2f9a1e-0000-4000-8000-000000000001:P-1:3"));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.deliveries.find("4d2f9a1e-0000-4000-8000-000000000001")).get()
				.extracting(Delivery::status)
				.isEqualTo(Status.COMPLETED));
	}

	@Test
	void aPendingDeliveryTellsWhenTheLeaseOfTheAttemptHoldingItEnds() {
		// a receiver no instance here has, so that no poll changes the records under test
		String receiver = "elsewhere.shipped";
		Instant leaseEnd = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
		// held by an attempt that may have crashed: due long ago, not tried before the lease ends
		this.jdbc.update("insert into signals_delivery (id, receiver, signal_name, sender, payload_type, payload, status, "
				+ "attempts, next_attempt_at, locked_until, locked_by, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', "
				+ "1, 1000, ?, 'crashed-instance', 0)", "4d2f9a1e-0000-4000-8000-000000000002", receiver,
				"shipment_sent", null, Shipment.class.getName(), "{\"parcel\":\"P-3\",\"weight\":1}",
				leaseEnd.toEpochMilli());
		// an attempt that failed and recorded its next one frees the record
		this.jdbc.update("insert into signals_delivery (id, receiver, signal_name, sender, payload_type, payload, status, "
				+ "attempts, next_attempt_at, locked_until, locked_by, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', "
				+ "1, 2000, 0, null, 0)", "4d2f9a1e-0000-4000-8000-000000000003", receiver, "shipment_sent", null,
				Shipment.class.getName(), "{\"parcel\":\"P-4\",\"weight\":1}");

		assertThat(this.deliveries.find("4d2f9a1e-0000-4000-8000-000000000002")).get()
			.extracting(Delivery::nextAttemptAt, Delivery::leasedUntil)
			.containsExactly(Instant.ofEpochMilli(1000), leaseEnd);
		assertThat(this.deliveries.pending()).extracting(Delivery::id, Delivery::leasedUntil)
			.containsExactlyInAnyOrder(tuple("4d2f9a1e-0000-4000-8000-000000000002", leaseEnd),
					tuple("4d2f9a1e-0000-4000-8000-000000000003", null));
	}

	@Test
	void aDeliveryIsHeldByTheSendingInstanceForALeaseAndFreedWhenItsAttemptEnds() {
		this.transaction.executeWithoutResult((status) -> {
			this.jobs.saveAndFlush(new Job("Baker", "Bread"));
			// before the commit, the record already holds off other instances' pollers
			assertThat(this.deliveries.pending()).singleElement()
				.satisfies((delivery) -> assertThat(delivery.leasedUntil()).isAfter(delivery.createdAt()));
		});
		String id = deliveryId(this.receivers.jobCalls.get(0));
		assertThat(this.deliveries.find(id)).get()
			.extracting(Delivery::status, Delivery::leasedUntil)
			.containsExactly(Status.COMPLETED, null);
	}

	@Test
	void aCustomSignalOutsideATransactionIsRecordedAndDeliveredAtOnce() {
		this.signals.send(SHIPMENT_SENT, Job.class, new Shipment("P-2", 5));
		assertThat(this.receivers.shipments).singleElement().satisfies((call) -> assertThat(call).endsWith(":P-2:5"));
		assertThat(this.jdbc.queryForObject("select count(*) from signals_delivery where receiver = ?", Long.class,
				RECEIVERS + ".shipped"))
			.isOne();
	}

	@Test
	void aPayloadThatCannotBeStoredFailsAtSendTime() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transaction
				.executeWithoutResult((status) -> this.signals.send(UNSTORABLE, null, new Unstorable("x"))))
			.withMessageContaining(Unstorable.class.getName())
			.withMessageContaining(RECEIVERS + ".unstorable");
		assertThat(rows()).isZero();
	}

	@Test
	void aStoredSaveEventReloadsTheEntityAndKeepsItsChanges() {
		Job job = this.jobs.save(new Job("Baker", "Bread"));
		PostSave<Job> event = new PostSave<>(job, Job.class, "default", false,
				Map.of("title", new Change("Cook", "Baker"), "active", new Change(false, true)));
		PostSave<?> restored = (PostSave<?>) this.modelEvents.decode(this.modelEvents.encode(event));
		assertThat(restored.instance()).isNotSameAs(job).isInstanceOf(Job.class);
		assertThat(((Job) restored.instance()).getId()).isEqualTo(job.getId());
		assertThat(restored.created()).isFalse();
		assertThat(restored.changes()).containsEntry("title", new Change("Cook", "Baker"))
			.containsEntry("active", new Change(false, true));
	}

	@Test
	void aStoredDeleteEventIsADetachedCopyOfTheEntityAsItWasDeleted() {
		Job job = this.jobs.save(new Job("Baker", "Bread"));
		String stored = this.modelEvents.encode(new PostDelete<>(job, Job.class, "default"));
		this.jobs.delete(job);
		PostDelete<?> restored = (PostDelete<?>) this.modelEvents.decode(stored);
		Job copy = (Job) restored.instance();
		assertThat(copy.getId()).isEqualTo(job.getId());
		assertThat(copy.getTitle()).isEqualTo("Baker");
		assertThat(copy.getDetails()).isEqualTo("Bread");
		assertThat(restored.sender()).isEqualTo(Job.class);
	}

	@Test
	void completedDeliveriesAreDeletedOnceOlderThanTheyAreKept() {
		this.signals.send(SHIPMENT_SENT, null, new Shipment("P-4", 2));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from signals_delivery where status = 'COMPLETED'", Long.class)).isEqualTo(2));
		assertThat(this.cleanup.cleanUp()).as("kept for a week by default").isZero();
		this.jdbc.update("update signals_delivery set completed_at = completed_at - ?", Duration.ofDays(8).toMillis());
		assertThat(this.cleanup.cleanUp()).isEqualTo(2);
		assertThat(rows()).isZero();
	}

	@Test
	void anAsyncDurableReceiverRunsOnAnotherThread() {
		this.signals.send(SHIPMENT_SENT, null, new Shipment("P-3", 1));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.receivers.asyncThreads).hasSize(1));
		assertThat(this.receivers.asyncThreads.get(0)).isNotEqualTo(Thread.currentThread().getName());
	}

	private long rows() {
		return this.jdbc.queryForObject("select count(*) from signals_delivery", Long.class);
	}

	private static String deliveryId(String call) {
		return call.substring(0, call.indexOf(':'));
	}

	record Shipment(String parcel, int weight) {
	}

	static final class Unstorable {

		private final String value;

		Unstorable(String value) {
			this.value = value;
		}

		@Override
		public String toString() {
			return this.value;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DurableReceivers {

		final List<String> jobCalls = new CopyOnWriteArrayList<>();

		final List<String> shipments = new CopyOnWriteArrayList<>();

		final List<String> asyncThreads = new CopyOnWriteArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		void reset() {
			this.jobCalls.clear();
			this.shipments.clear();
			this.asyncThreads.clear();
			this.failures.set(0);
		}

		@Bean
		Signal<Shipment> shipmentSent() {
			return SHIPMENT_SENT;
		}

		@Bean
		Signal<Unstorable> unstorable() {
			return UNSTORABLE;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void jobSaved(PostSave<Job> event) {
			this.jobCalls.add(Deliveries.currentId().orElse("none") + ":" + event.instance().getTitle() + ":");
			if (this.failures.getAndDecrement() > 0) {
				throw new IllegalStateException("CRM is down");
			}
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void shipped(Shipment shipment) {
			this.shipments.add(Deliveries.currentId().orElse("none") + ":" + shipment.parcel() + ":" + shipment.weight());
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true, async = true)
		void shippedInTheBackground(Shipment shipment) {
			this.asyncThreads.add(Thread.currentThread().getName());
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void unstorable(Unstorable payload) {
		}

	}

}
