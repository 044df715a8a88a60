package dev.signals.crash.app;

import java.util.concurrent.CountDownLatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Deliveries;
import dev.signals.Phase;
import dev.signals.SignalReceiver;

/**
 * The durable receiver of {@code parcel_shipped}: each call that completes writes one row to
 * {@code crash_receipts}, in a transaction of its own, with its delivery id, this instance's
 * name and the owner holding the delivery record meanwhile (the library's id of this instance,
 * {@code signals_delivery.locked_by}). That table is what the tests count. System properties change its behaviour:
 * <ul>
 * <li>{@code crash.block-receiver=true}: print {@code RECEIVING <delivery id> <parcel>} and
 * block forever before writing anything, so that the instance can be killed while the receiver
 * has not completed;</li>
 * <li>{@code crash.receiver-unavailable=true}: fail before writing anything, as when a
 * downstream service is unreachable from this instance, so that the delivery is left to the
 * other instances' pollers.</li>
 * </ul>
 */
@Component
class ParcelReceipts {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final String instance = System.getProperty("crash.instance", "unnamed");

	ParcelReceipts(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@SignalReceiver(signal = CrashTestApplication.PARCEL_SHIPPED_NAME, phase = Phase.AFTER_COMMIT, durable = true)
	void shipped(Parcel parcel) throws InterruptedException {
		String deliveryId = Deliveries.currentId()
			.orElseThrow(() -> new IllegalStateException("A durable receiver runs with a delivery id"));
		if (Boolean.getBoolean("crash.block-receiver")) {
			CrashTestApplication.report("RECEIVING " + deliveryId + " " + parcel.number());
			new CountDownLatch(1).await();
		}
		if (Boolean.getBoolean("crash.receiver-unavailable")) {
			throw new IllegalStateException("The parcel service is unavailable from instance " + this.instance);
		}
		this.ownTransaction.executeWithoutResult((status) -> {
			String owner = this.jdbc.queryForObject("select locked_by from signals_delivery where id = ?", String.class,
					deliveryId);
			this.jdbc.update(
					"insert into crash_receipts (delivery_id, parcel, instance, owner, received_at) values (?, ?, ?, ?, ?)",
					deliveryId, parcel.number(), this.instance, owner, System.currentTimeMillis());
		});
	}

}
