package dev.signals.examples;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.examples.RecordingCrm.Upserted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's two CRM receivers: {@link CrmSync} runs after the commit on another thread,
 * {@link DurableCrmSync} in a durable delivery whose id it passes on. The recordings are not
 * cleared between tests, since an async call of one test may still land during the next:
 * each test looks for its own customer.
 */
@SpringBootTest(classes = ExamplesTestApplication.class)
class CrmSyncIntegrationTests {

	@Autowired
	private CustomerRepository customers;

	@Autowired
	private RecordingCrm crm;

	@Autowired
	private Deliveries deliveries;

	@Test
	void anAsyncReceiverPushesTheCommittedCustomerOffTheCommittingThread() {
		String committingThread = Thread.currentThread().getName();

		Long id = this.customers.save(new Customer("Initech")).getId();

		await().untilAsserted(() -> assertThat(this.crm.pushed()).filteredOn((pushed) -> pushed.customerId().equals(id))
			.singleElement()
			.satisfies((pushed) -> {
				assertThat(pushed.name()).isEqualTo("Initech");
				assertThat(pushed.thread()).isNotEqualTo(committingThread);
			}));
	}

	@Test
	void aDurableReceiverUpsertsTheCustomerUnderTheIdOfItsDelivery() {
		Long id = this.customers.save(new Customer("Globex")).getId();

		await().untilAsserted(() -> assertThat(upsertsOf(id)).hasSize(1));
		Upserted upserted = upsertsOf(id).get(0);
		assertThat(upserted.name()).isEqualTo("Globex");
		await().untilAsserted(() -> assertThat(this.deliveries.find(upserted.deliveryId()))
			.hasValueSatisfying((delivery) -> {
				assertThat(delivery.receiver()).isEqualTo("durableCrmSync.syncToCrm");
				assertThat(delivery.signal()).isEqualTo("post_save");
				assertThat(delivery.status()).isEqualTo(Delivery.Status.COMPLETED);
			}));
		assertThat(upsertsOf(id)).hasSize(1);
	}

	private List<Upserted> upsertsOf(Long customerId) {
		return this.crm.upserted().stream().filter((upserted) -> upserted.customerId().equals(customerId)).toList();
	}

}
