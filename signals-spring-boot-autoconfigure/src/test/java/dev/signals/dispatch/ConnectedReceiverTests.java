package dev.signals.dispatch;

import org.junit.jupiter.api.Test;

import dev.signals.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests that a receiver connected in code is async or durable only in a phase that can run it.
 */
class ConnectedReceiverTests {

	private static final ReceiverInvoker NOTHING = (sender, payload) -> null;

	@Test
	void aDurableReceiverMustRunAfterTheCommit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> receiver(Phase.AFTER_COMPLETION, false, true))
			.withMessage("Receiver crm.sync cannot be durable in phase AFTER_COMPLETION: durable delivery is for "
					+ "receivers that run once the data is committed; use Phase.AFTER_COMMIT");
	}

	@Test
	void anAsyncReceiverMustRunAfterTheTransactionsEnd() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> receiver(Phase.BEFORE_COMMIT, true, false))
			.withMessage("Receiver crm.sync cannot be async in phase BEFORE_COMMIT: only receivers of the phases "
					+ "after the transaction's end run on another thread; use Phase.AFTER_COMMIT (or "
					+ "AFTER_ROLLBACK, AFTER_COMPLETION)");
	}

	@Test
	void anAsyncDurableReceiverAfterTheCommitIsAccepted() {
		ConnectedReceiver receiver = receiver(Phase.AFTER_COMMIT, true, true);
		assertThat(receiver.isAsync()).isTrue();
		assertThat(receiver.isDurable()).isTrue();
	}

	private static ConnectedReceiver receiver(Phase phase, boolean async, boolean durable) {
		return new ConnectedReceiver("parcel_shipped", null, phase, 0, null, "crm.sync", NOTHING, async, durable);
	}

}
