package dev.signals.benchmarks.durable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.signals.Phase;
import dev.signals.SignalReceiver;

/**
 * The one receiver or listener of each {@link DurableVariant}. All do the same trivial work.
 */
public final class Receivers {

	private Receivers() {
	}

	/** A durable after-commit receiver, run by the thread that committed. */
	public static class Signals {

		@SignalReceiver(signal = "order_placed", phase = Phase.AFTER_COMMIT, durable = true)
		public void orderPlaced(OrderPlaced order) {
			Delivered.hit();
		}

	}

	/** A durable after-commit receiver on the application task executor. */
	public static class SignalsAsync {

		@SignalReceiver(signal = "order_placed", phase = Phase.AFTER_COMMIT, durable = true, async = true)
		public void orderPlaced(OrderPlaced order) {
			Delivered.hit();
		}

	}

	/**
	 * An after-commit {@code @TransactionalEventListener}, recorded by Spring Modulith's registry
	 * and run by the thread that committed: the peer of {@link Signals}.
	 */
	public static class Modulith {

		@TransactionalEventListener
		public void orderPlaced(OrderPlaced order) {
			Delivered.hit();
		}

	}

	/**
	 * Spring Modulith's idiom, {@code @ApplicationModuleListener}: {@code @Async}, in a
	 * transaction of its own, after commit. The peer of {@link SignalsAsync}.
	 */
	public static class ModulithAsync {

		@ApplicationModuleListener
		public void orderPlaced(OrderPlaced order) {
			Delivered.hit();
		}

	}

}
