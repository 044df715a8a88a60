package dev.signals.test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.test.app.RecordingTestApplication;
import dev.signals.test.shipping.ParcelShipped;
import dev.signals.test.shipping.Shipping;
import dev.signals.test.shipping.ShippingReceivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * {@link RecordedSignals#awaitReceivers()} waits for async receivers and durable deliveries,
 * retries included. An async receiver held back by the test is let go only a moment after the
 * test has started waiting, so returning early leaves it unfinished.
 */
@SpringBootTest(classes = RecordingTestApplication.class, properties = {
		"signals.delivery.initial-interval=50ms", "signals.delivery.max-interval=200ms",
		"signals.delivery.poll-interval=50ms" })
@Import(Shipping.class)
@RecordSignals
class AwaitReceiversTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private ShippingReceivers receivers;

	@Autowired
	private Signals signals;

	@Autowired
	private Signal<ParcelShipped> parcelShipped;

	@Autowired
	private Deliveries deliveries;

	@Autowired
	private TransactionTemplate transaction;

	@AfterEach
	void letEverythingGo() {
		this.receivers.release();
		this.receivers.failArchiving(0);
	}

	@Test
	void waitsUntilAnAsyncReceiverHasRun() {
		this.receivers.hold();
		ship("p-1");
		assertThat(this.receivers.tracked()).as("held back").doesNotContain("p-1");
		releaseSoon();

		this.recorded.awaitReceivers();

		assertThat(this.receivers.tracked()).contains("p-1");
	}

	@Test
	void waitsUntilADurableDeliveryHasBeenRetriedToCompletion() {
		this.receivers.failArchiving(2);
		ship("p-2");
		assertThat(this.receivers.archived()).as("the first attempt failed").doesNotContain("p-2");

		this.recorded.awaitReceivers();

		assertThat(this.receivers.archived()).containsOnlyOnce("p-2");
		assertThat(this.deliveries.pending()).noneMatch((delivery) -> delivery.signal().equals("parcel_shipped"));
	}

	@Test
	void answersTheSendsOnceTheReceiversHaveRun() {
		ship("p-3");

		assertThat(this.recorded.awaitReceivers().ofType(ParcelShipped.class).inPhase(Phase.AFTER_COMMIT))
			.containsExactly(new ParcelShipped("p-3"));
	}

	@Test
	void failsNamingWhatIsStillAtWorkOnceTheTimeoutHasPassed() {
		this.receivers.hold();
		this.receivers.failArchiving(Integer.MAX_VALUE);
		ship("p-4");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.recorded.awaitReceivers(Duration.ofMillis(300)))
			.withMessageStartingWith("The receivers were still at work after PT0.3S: ")
			.withMessageContaining("1 async receiver call queued or running")
			.withMessageContaining("of 'parcel_shipped' to shippingReceivers.archive pending after")
			.withMessageContaining("last error: java.lang.IllegalStateException: archive offline");

		this.receivers.release();
		this.receivers.failArchiving(0);
		this.recorded.awaitReceivers();
		assertThat(this.receivers.archived()).contains("p-4");
	}

	@Test
	void leavesOutTheDeliveriesOfWhatWasSentBeforeTheRecordingsWereCleared() {
		this.receivers.failArchiving(Integer.MAX_VALUE);
		ship("p-5");
		this.recorded.clear();

		this.recorded.awaitReceivers(Duration.ofMillis(300));

		assertThat(this.deliveries.pending()).extracting(Delivery::signal).contains("parcel_shipped");
		this.receivers.failArchiving(0);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.receivers.archived()).contains("p-5"));
	}

	@Test
	void refusesToWaitInsideATransaction() {
		this.transaction.executeWithoutResult((status) -> assertThatIllegalStateException()
			.isThrownBy(this.recorded::awaitReceivers)
			.withMessageContaining("inside a transaction"));
	}

	private void ship(String parcel) {
		this.transaction.executeWithoutResult(
				(status) -> this.signals.send(this.parcelShipped, null, new ParcelShipped(parcel)));
	}

	/**
	 * Let the held async receiver go a moment from now, once the test is waiting.
	 */
	private void releaseSoon() {
		CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(this.receivers::release);
	}

}
