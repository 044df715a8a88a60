package dev.signals.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.test.app.Invoice;
import dev.signals.test.app.InvoiceRepository;
import dev.signals.test.app.RecordingTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recorders observe {@code pre_delete} and {@code post_delete} of every entity, yet a bulk
 * delete that no receiver would miss is not refused.
 */
@SpringBootTest(classes = RecordingTestApplication.class, properties = "signals.bulk-operations=fail")
@RecordSignals
class RecordSignalsBulkOperationsTests {

	@Autowired
	private InvoiceRepository invoices;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private RecordedSignals recorded;

	@Test
	void bulkDeleteOfAnEntityOnlyTheRecordersObserveIsNotRefused() {
		this.transaction.executeWithoutResult((status) -> this.invoices.save(new Invoice("Ada")));

		this.invoices.deleteAllInBatch();

		assertThat(this.invoices.count()).isZero();
		assertThat(this.recorded.names()).containsExactly("pre_save", "post_save");
	}

}
