package dev.signals.delivery;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.signals.Deliveries;

/**
 * Binds the id of the delivery an attempt runs, for {@link Deliveries#currentId()}.
 */
final class CurrentDelivery {

	private CurrentDelivery() {
	}

	static void run(String id, Runnable action) {
		@Nullable Object previous = TransactionSynchronizationManager.unbindResourceIfPossible(Deliveries.class);
		TransactionSynchronizationManager.bindResource(Deliveries.class, id);
		try {
			action.run();
		}
		finally {
			TransactionSynchronizationManager.unbindResourceIfPossible(Deliveries.class);
			if (previous != null) {
				TransactionSynchronizationManager.bindResource(Deliveries.class, previous);
			}
		}
	}

}
