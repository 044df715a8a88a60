package dev.signals.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.transaction.AfterTransaction;

import dev.signals.ModelEvent;
import dev.signals.Phase;
import dev.signals.dispatch.DefaultSignals;
import dev.signals.test.app.Invoice;
import dev.signals.test.app.InvoiceReceivers;
import dev.signals.test.app.InvoiceRepository;
import dev.signals.test.app.RecordingTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link RecordSignals} and {@link MuteSignals} in the {@code @DataJpaTest} slice, whose
 * test transaction rolls back.
 */
@DataJpaTest
@ContextConfiguration(classes = RecordingTestApplication.class)
@Import(InvoiceReceivers.class)
@RecordSignals
class RecordSignalsDataJpaTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private InvoiceReceivers receivers;

	@Autowired
	private InvoiceRepository invoices;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DefaultSignals signals;

	private boolean checkRollback;

	@BeforeEach
	void saveInTheTestTransaction() {
		this.invoices.saveAndFlush(new Invoice("fixture"));
		this.receivers.clear();
	}

	@Test
	void recordsModelSignalsInTheSlice() {
		this.invoices.saveAndFlush(new Invoice("Ada"));
		assertThat(this.recorded.names()).containsExactly("pre_save", "post_save");
		assertThat(this.receivers.received()).containsExactly("post_save Ada");
	}

	@Test
	void neverRecordsAfterCommitBecauseTheTestTransactionRollsBack() {
		this.invoices.saveAndFlush(new Invoice("Grace"));
		this.checkRollback = true;
	}

	@AfterTransaction
	void afterTheRollback() {
		if (this.checkRollback) {
			assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).isEmpty();
			// the fixture's writes roll back too, but they were sent before the recordings were cleared
			assertThat(this.recorded.inPhase(Phase.AFTER_ROLLBACK).ofType(ModelEvent.class))
				.extracting(ModelEvent::instance)
				.extracting((invoice) -> ((Invoice) invoice).getCustomer())
				.containsExactly("Grace", "Grace");
		}
	}

	@Test
	void refusesToWaitForTheReceiversInsideTheTestTransaction() {
		assertThatIllegalStateException().isThrownBy(this.recorded::awaitReceivers)
			.withMessageContaining("@DataJpaTest");
	}

	@Test
	@MuteSignals
	void mutedTestWritesDataButSendsNothing() {
		assertThat(this.signals.isMuted()).as("muted by the slice's own dispatcher").isTrue();
		this.receivers.clear();
		this.invoices.saveAndFlush(new Invoice("Linus"));
		assertThat(this.jdbc.queryForObject("select count(*) from ts_invoices where customer = 'Linus'", Integer.class))
			.isOne();
		assertThat(this.receivers.received()).isEmpty();
		assertThat(this.recorded.all()).isEmpty();
	}

}
