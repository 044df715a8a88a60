package dev.signals.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.test.app.Invoice;
import dev.signals.test.app.InvoicePaid;
import dev.signals.test.app.InvoiceReceivers;
import dev.signals.test.app.InvoiceRepository;
import dev.signals.test.app.RecordingTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MuteSignals} on a test method; the unmuted test runs second so that it fails if
 * muting outlived the muted test on the shared thread.
 */
@SpringBootTest(classes = RecordingTestApplication.class)
@RecordSignals
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MuteSignalsTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private InvoiceReceivers receivers;

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
	void clean() {
		this.jdbc.update("delete from ts_invoices");
		this.receivers.clear();
	}

	@Test
	@Order(1)
	@MuteSignals
	void mutedTestWritesDataButSendsNothing() {
		this.transaction.executeWithoutResult((status) -> this.invoices.save(new Invoice("Ada")));
		this.signals.send(this.invoicePaid, Invoice.class, new InvoicePaid("Ada"));
		assertThat(this.jdbc.queryForObject("select count(*) from ts_invoices", Integer.class)).isOne();
		assertThat(this.receivers.received()).isEmpty();
		assertThat(this.recorded.all()).isEmpty();
	}

	@Test
	@Order(2)
	void testAfterAMutedOneSendsAgain() {
		this.transaction.executeWithoutResult((status) -> this.invoices.save(new Invoice("Grace")));
		this.signals.send(this.invoicePaid, Invoice.class, new InvoicePaid("Grace"));
		assertThat(this.receivers.received()).containsExactly("post_save Grace", "invoice_paid Grace");
		assertThat(this.recorded.all()).isNotEmpty();
	}

}
