package dev.signals.benchmarks.writes;

import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.signals.ModelEvent;
import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.benchmarks.Calls;

/**
 * The one receiver or listener of each write variant; each does the same trivial work.
 */
public final class Receivers {

	private Receivers() {
	}

	/** One {@code IMMEDIATE} receiver of {@code post_save} and {@code post_delete}. */
	public static class Immediate {

		@SignalReceiver(signal = { "post_save", "post_delete" })
		public void written(ModelEvent<Item> event) {
			Calls.hit();
		}

	}

	/** One {@code IMMEDIATE} receiver of {@code pre_save} and {@code pre_delete}. */
	public static class Before {

		@SignalReceiver(signal = { "pre_save", "pre_delete" })
		public void writing(ModelEvent<Item> event) {
			Calls.hit();
		}

	}

	/** One {@code AFTER_COMMIT} receiver of {@code post_save} and {@code post_delete}. */
	public static class AfterCommit {

		@SignalReceiver(signal = { "post_save", "post_delete" }, phase = Phase.AFTER_COMMIT)
		public void written(ModelEvent<Item> event) {
			Calls.hit();
		}

	}

	/** Spring Data domain events received at once. */
	public static class DomainEvents {

		@EventListener
		public void written(AggregateItem.ItemWritten event) {
			Calls.hit();
		}

	}

	/** Spring Data domain events received after commit. */
	public static class TransactionalDomainEvents {

		@TransactionalEventListener
		public void written(AggregateItem.ItemWritten event) {
			Calls.hit();
		}

	}

}
