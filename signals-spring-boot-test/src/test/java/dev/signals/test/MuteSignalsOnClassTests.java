package dev.signals.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * {@link MuteSignals} on a test class mutes each of its tests, not its fixtures.
 */
@SpringBootTest(classes = RecordingTestApplication.class)
@RecordSignals
@MuteSignals
class MuteSignalsOnClassTests {

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
		this.signals.send(this.invoicePaid, Invoice.class, new InvoicePaid("fixture"));
	}

	@Test
	void writesTheEntityWithoutCallingReceivers() {
		assertThat(this.receivers.received()).as("the fixture is not muted").containsExactly("invoice_paid fixture");
		this.receivers.clear();
		Invoice invoice = this.transaction.execute((status) -> this.invoices.save(new Invoice("Ada")));
		assertThat(this.invoices.findById(invoice.getId())).isPresent();
		assertThat(this.receivers.received()).isEmpty();
		assertThat(this.recorded.all()).isEmpty();
	}

	@Test
	void sendsNoCustomSignal() {
		this.receivers.clear();
		assertThat(this.signals.send(this.invoicePaid, Invoice.class, new InvoicePaid("Grace"))).isEmpty();
		assertThat(this.receivers.received()).isEmpty();
		assertThat(this.recorded.all()).isEmpty();
	}

}
