package dev.signals.test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.test.app.Accounting;
import dev.signals.test.app.Invoice;
import dev.signals.test.app.InvoiceRepository;
import dev.signals.test.app.RecordingTestApplication;
import dev.signals.test.shipping.ParcelShipped;
import dev.signals.test.shipping.Shipping;
import dev.signals.test.shipping.ShippingReceivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RecordedSignals#assertNotSent(String)} looks once the receivers have run: the async
 * receiver that reports a lost parcel is held back until the test is waiting.
 */
@SpringBootTest(classes = RecordingTestApplication.class, properties = {
		"signals.delivery.initial-interval=50ms", "signals.delivery.max-interval=200ms",
		"signals.delivery.poll-interval=50ms" })
@Import(Shipping.class)
@RecordSignals
class AssertNotSentTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private ShippingReceivers receivers;

	@Autowired
	private Signals signals;

	@Autowired
	private Signal<ParcelShipped> parcelShipped;

	@Autowired
	private InvoiceRepository invoices;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void holdTheAsyncReceiver() {
		this.jdbc.update("delete from ts_invoices");
		this.receivers.hold();
	}

	@AfterEach
	void letItGo() {
		this.receivers.release();
	}

	@Test
	void failsForASignalThatAnAsyncReceiverSendsLater() {
		ship("lost-1");
		assertThat(this.recorded.named("parcel_lost")).as("not sent yet").isEmpty();
		releaseSoon();

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.recorded.assertNotSent("parcel_lost"))
			.withMessageStartingWith("Expected no 'parcel_lost' to be sent, but it was sent 1 time: [")
			.withMessageContaining("'parcel_lost' from ShippingReceivers [IMMEDIATE, BEFORE_COMMIT, AFTER_COMMIT, "
					+ "AFTER_COMPLETION]: ParcelLost[parcel=lost-1]");
	}

	@Test
	void passesOnceTheReceiversHaveRunWithoutSendingIt() {
		ship("p-1");
		releaseSoon();

		this.recorded.assertNotSent("parcel_lost");

		assertThat(this.receivers.tracked()).as("waited for the async receiver").contains("p-1");
	}

	@Test
	void tellsSendersApart() {
		this.transaction.executeWithoutResult((status) -> this.invoices.save(new Invoice("Ada")));
		this.receivers.release();

		this.recorded.assertNotSent("post_delete", Invoice.class);
		this.recorded.assertNotSent("post_save", Accounting.class);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.recorded.assertNotSent("post_save", Invoice.class))
			.withMessageStartingWith(
					"Expected no 'post_save' from dev.signals.test.app.Invoice to be sent, but it was sent 1 time: ");
	}

	private void ship(String parcel) {
		this.transaction.executeWithoutResult(
				(status) -> this.signals.send(this.parcelShipped, null, new ParcelShipped(parcel)));
	}

	private void releaseSoon() {
		CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(this.receivers::release);
	}

}
