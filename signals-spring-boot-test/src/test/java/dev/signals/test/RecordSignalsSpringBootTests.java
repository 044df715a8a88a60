package dev.signals.test;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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

/**
 * {@link RecordSignals} in a full application context.
 */
@SpringBootTest(classes = RecordingTestApplication.class)
@RecordSignals
class RecordSignalsSpringBootTests {

	/**
	 * The phases a send in a transaction that commits reaches.
	 */
	private static final Set<Phase> AFTER_COMMITTED = Set.of(Phase.IMMEDIATE, Phase.BEFORE_COMMIT, Phase.AFTER_COMMIT,
			Phase.AFTER_COMPLETION);

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
	private PlatformTransactionManager transactionManager;

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
		assertThat(this.recorded.names()).containsExactly("pre_save", "post_save", "invoice_paid");
		assertThat(this.recorded.all().signals()).extracting(RecordedSignal::sequence).isSorted();
	}

	@Test
	void recordsACustomSignalSentInATransactionOnceWithEveryPhaseItReached() {
		this.transaction.executeWithoutResult(
				(status) -> this.signals.send(this.invoicePaid, Accounting.class, new InvoicePaid("Grace")));
		assertThat(this.recorded.ofType(InvoicePaid.class)).singleElement()
			.extracting(InvoicePaid::customer)
			.isEqualTo("Grace");
		assertThat(this.recorded.named("invoice_paid").signals()).singleElement().satisfies((sent) -> {
			assertThat(sent.sender()).isEqualTo(Accounting.class);
			assertThat(sent.phases()).containsExactly(Phase.IMMEDIATE, Phase.BEFORE_COMMIT, Phase.AFTER_COMMIT,
					Phase.AFTER_COMPLETION);
		});
	}

	@Test
	void recordsAModelSignalOncePerWrite() {
		this.transaction.executeWithoutResult((status) -> this.invoices.save(new Invoice("Grace")));
		assertThat(this.recorded.ofType(PostSave.class)).singleElement()
			.extracting((event) -> ((Invoice) event.instance()).getCustomer())
			.isEqualTo("Grace");
		assertThat(this.recorded.from(Invoice.class).names()).containsExactly("pre_save", "post_save");
		assertThat(this.recorded.from(Object.class)).hasSameSizeAs(this.recorded.all());
	}

	@Test
	void queriesComposeByTypeSenderAndPhaseInAnyOrder() {
		this.transaction.executeWithoutResult((status) -> {
			this.invoices.saveAndFlush(new Invoice("Ada"));
			this.signals.send(this.invoicePaid, Invoice.class, new InvoicePaid("Ada"));
		});
		this.transaction.executeWithoutResult((status) -> {
			this.signals.send(this.invoicePaid, Accounting.class, new InvoicePaid("Grace"));
			status.setRollbackOnly();
		});
		assertThat(this.recorded.ofType(InvoicePaid.class)).extracting(InvoicePaid::customer)
			.containsExactly("Ada", "Grace");
		assertThat(this.recorded.ofType(InvoicePaid.class).inPhase(Phase.AFTER_COMMIT))
			.containsExactly(new InvoicePaid("Ada"));
		assertThat(this.recorded.inPhase(Phase.AFTER_ROLLBACK).ofType(InvoicePaid.class))
			.containsExactly(new InvoicePaid("Grace"));
		assertThat(this.recorded.named("invoice_paid").from(Accounting.class)).containsExactly(new InvoicePaid("Grace"));
		assertThat(this.recorded.from(Invoice.class).inPhase(Phase.AFTER_COMMIT).names())
			.containsExactly("pre_save", "post_save", "invoice_paid");
		assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT).ofType(PostSave.class)).singleElement()
			.extracting(PostSave::created)
			.isEqualTo(true);
		assertThat(this.recorded.all().matching((sent) -> sent.reached(Phase.BEFORE_COMMIT)).names())
			.containsExactly("pre_save", "post_save", "invoice_paid");
	}

	@Test
	void recordingsAreSnapshotsThatShowAfterCommitOnlyOnceTheTransactionHasCommitted() {
		Recordings<Object> during = this.transaction.execute((status) -> {
			this.invoices.saveAndFlush(new Invoice("Linus"));
			assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).isEmpty();
			return this.recorded.all();
		});
		assertThat(during.signals()).allSatisfy((sent) -> assertThat(sent.phases()).containsExactly(Phase.IMMEDIATE));
		assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).hasExactlyElementsOfTypes(PreSave.class,
				PostSave.class);
	}

	@Test
	void recordsAfterRollbackAndNoAfterCommitWhenTheTransactionRollsBack() {
		this.transaction.executeWithoutResult((status) -> {
			this.invoices.saveAndFlush(new Invoice("Barbara"));
			status.setRollbackOnly();
		});
		assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).isEmpty();
		assertThat(this.recorded.inPhase(Phase.AFTER_ROLLBACK).names()).containsExactly("pre_save", "post_save");
	}

	@Test
	void tellsApartSendsOfOnePayloadInTransactionsOneAfterTheOther() {
		InvoicePaid paid = new InvoicePaid("Ada");
		this.transaction.executeWithoutResult((status) -> {
			this.signals.send(this.invoicePaid, Accounting.class, paid);
			status.setRollbackOnly();
		});
		this.transaction.executeWithoutResult((status) -> {
			this.signals.send(this.invoicePaid, Accounting.class, paid);
			this.signals.send(this.invoicePaid, Accounting.class, paid);
		});
		assertThat(this.recorded.ofType(InvoicePaid.class).signals()).extracting(RecordedSignal::phases)
			.containsExactly(Set.of(Phase.IMMEDIATE, Phase.AFTER_ROLLBACK, Phase.AFTER_COMPLETION), AFTER_COMMITTED,
					AFTER_COMMITTED);
	}

	@Test
	void tellsApartSendsOfOnePayloadInATransactionAndOneInsideIt() {
		InvoicePaid paid = new InvoicePaid("Ada");
		TransactionTemplate inner = new TransactionTemplate(this.transactionManager);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction.executeWithoutResult((outer) -> {
			this.signals.send(this.invoicePaid, Accounting.class, paid);
			inner.executeWithoutResult((status) -> {
				this.signals.send(this.invoicePaid, Accounting.class, paid);
				status.setRollbackOnly();
			});
		});
		assertThat(this.recorded.ofType(InvoicePaid.class).signals()).extracting(RecordedSignal::phases)
			.containsExactly(AFTER_COMMITTED, Set.of(Phase.IMMEDIATE, Phase.AFTER_ROLLBACK, Phase.AFTER_COMPLETION));
	}

}
