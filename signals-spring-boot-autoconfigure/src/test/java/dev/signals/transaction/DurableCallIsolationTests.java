package dev.signals.transaction;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Phase;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverCalls;
import dev.signals.dispatch.ReceiverRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A durable delivery whose record cannot be written after the commit (the database is
 * unreachable, the pool is exhausted) must not surface from the commit nor stop the other
 * after-commit receivers: its record stays pending for the poller.
 */
@ExtendWith(OutputCaptureExtension.class)
class DurableCallIsolationTests {

	@Test
	void aDurableDeliveryThatCannotBeRecordedAfterCommitDisturbsNothingElse(CapturedOutput output) {
		ReceiverRegistry registry = new ReceiverRegistry();
		ReceiverCalls calls = new ReceiverCalls();
		TransactionPhases phases = new TransactionPhases(registry, calls, () -> {
		}, SyncTaskExecutor::new, () -> new TransactionPhases.DurableCalls() {

			@Override
			public String record(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
				return "delivery-1";
			}

			@Override
			public void deliver(String id, ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
				throw new IllegalStateException("Connection is not available, request timed out");
			}

		});
		List<String> called = new CopyOnWriteArrayList<>();
		ConnectedReceiver durable = new ConnectedReceiver("parcel_shipped", null, Phase.AFTER_COMMIT, 1, null,
				"crm.sync", (sender, payload) -> null, false, true);
		ConnectedReceiver other = new ConnectedReceiver("parcel_shipped", null, Phase.AFTER_COMMIT, 2, null,
				"mail.send", (sender, payload) -> called.add("mail.send"), false, false);
		EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.generateUniqueName(true)
			.build();
		try {
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
			transaction.executeWithoutResult((status) -> {
				phases.schedule(durable, null, "P-1", null, false);
				phases.schedule(other, null, "P-1", null, false);
			});
		}
		finally {
			database.shutdown();
		}
		assertThat(called).containsExactly("mail.send");
		assertThat(output).contains("Could not attempt or record durable delivery delivery-1 of receiver crm.sync");
	}

}
