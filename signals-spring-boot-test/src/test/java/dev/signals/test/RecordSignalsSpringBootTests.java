package dev.signals.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.test.app.Accounting;
import dev.signals.test.app.Invoice;
import dev.signals.test.app.InvoicePaid;
import dev.signals.test.app.InvoiceRepository;
import dev.signals.test.app.RecordingTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link RecordSignals} in a full application context.
 */
@SpringBootTest(classes = RecordingTestApplication.class)
@RecordSignals
class RecordSignalsSpringBootTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private Signals signals;

	@Autowired
	private Signal<InvoicePaid> invoicePaid;

	@Autowired
	private InvoiceRepository invoices;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void sendFromAFixture() {
		this.jdbc.update("delete from ts_invoices");
		this.signals.send(this.invoicePaid, Accounting.class, new InvoicePaid("fixture"));
	}

	@Test
	void recordingChangesNeitherResponsesNorReceiverLookups() {
		assertThat(this.signals.send(this.invoicePaid, Accounting.class, new InvoicePaid("Ada")))
			.extracting(Response::receiver)
			.containsExactly("invoiceReceivers.paid");
		assertThat(this.signals.hasReceivers("invoice_paid", String.class)).isTrue();
		assertThat(this.signals.hasReceivers("pre_delete", Invoice.class)).isFalse();
		assertThat(this.recorded.named("invoice_paid")).isNotEmpty();
	}

	@Test
	void startsEachTestWithoutWhatItsFixturesSent() {
		assertThat(this.recorded.all()).isEmpty();
	}

	@Test
	void recordsModelAndCustomSignalsInTheOrderTheyWereSent() {
		this.transaction.executeWithoutResult((status) -> {
			this.invoices.saveAndFlush(new Invoice("Ada"));
			this.signals.send(this.invoicePaid, Invoice.class, new InvoicePaid("Ada"));
		});
		assertThat(this.recorded.inPhase(Phase.IMMEDIATE)).extracting(RecordedSignal::signal)
			.containsExactly("pre_save", "post_save", "invoice_paid");
		assertThat(this.recorded.all()).extracting(RecordedSignal::sequence).isSorted();
		assertThat(this.recorded.names()).startsWith("pre_save", "post_save", "invoice_paid");
	}

	@Test
	void findsRecordingsBySignalNameEventTypeSenderAndPhase() {
		this.transaction.executeWithoutResult((status) -> this.invoices.save(new Invoice("Grace")));
		this.signals.send(this.invoicePaid, Accounting.class, new InvoicePaid("Grace"));
		assertThat(this.recorded.named("invoice_paid")).extracting(RecordedSignal::sender, RecordedSignal::phase)
			.containsExactly(tuple(Accounting.class, Phase.IMMEDIATE), tuple(Accounting.class, Phase.BEFORE_COMMIT),
					tuple(Accounting.class, Phase.AFTER_COMMIT), tuple(Accounting.class, Phase.AFTER_COMPLETION));
		assertThat(this.recorded.ofType(InvoicePaid.class)).extracting(InvoicePaid::customer).containsOnly("Grace");
		assertThat(this.recorded.ofType(PostSave.class)).extracting((event) -> ((Invoice) event.instance()).getCustomer())
			.containsOnly("Grace");
		assertThat(this.recorded.from(Invoice.class)).extracting(RecordedSignal::signal)
			.containsOnly("pre_save", "post_save");
		assertThat(this.recorded.from(Object.class)).hasSameSizeAs(this.recorded.all());
		assertThat(this.recorded.inPhase(Phase.AFTER_ROLLBACK)).isEmpty();
	}

	@Test
	void recordsAfterCommitOnlyOnceTheTransactionHasCommitted() {
		this.transaction.executeWithoutResult((status) -> {
			this.invoices.saveAndFlush(new Invoice("Linus"));
			assertThat(this.recorded.inPhase(Phase.IMMEDIATE)).extracting(RecordedSignal::signal)
				.containsExactly("pre_save", "post_save");
			assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).isEmpty();
		});
		assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).extracting(RecordedSignal::payload)
			.hasExactlyElementsOfTypes(PreSave.class, PostSave.class);
	}

	@Test
	void recordsAfterRollbackAndNoAfterCommitWhenTheTransactionRollsBack() {
		this.transaction.executeWithoutResult((status) -> {
			this.invoices.saveAndFlush(new Invoice("Barbara"));
			status.setRollbackOnly();
		});
		assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).isEmpty();
		assertThat(this.recorded.inPhase(Phase.AFTER_ROLLBACK)).extracting(RecordedSignal::signal)
			.containsExactly("pre_save", "post_save");
	}

}
