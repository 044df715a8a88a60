package dev.signals.support;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.signals.Phase;

/**
 * Runs receivers whose {@link Phase} is not {@code IMMEDIATE} at their moment of the current
 * Spring-managed transaction, or at once outside one.
 * <p>
 * Spring calls before-commit callbacks before the commit flushes the persistence context, so
 * writes flushed by the commit would reach no {@code BEFORE_COMMIT} receiver and a receiver's
 * exception would surface wrapped by the commit. Every transaction that may send model signals
 * therefore gets a synchronization, registered when it begins, that flushes first.
 */
public final class TransactionPhases {

	private static final Log logger = LogFactory.getLog(TransactionPhases.class);

	private final Runnable flushBeforeCommit;

	private final ReceiverRegistry registry;

	/**
	 * @param flushBeforeCommit flushes the persistence contexts bound to the transaction
	 */
	public TransactionPhases(ReceiverRegistry registry, Runnable flushBeforeCommit) {
		this.registry = registry;
		this.flushBeforeCommit = flushBeforeCommit;
	}

	/**
	 * A listener to add to every transaction manager: it prepares each new transaction that
	 * may send model signals.
	 */
	public TransactionExecutionListener transactionListener() {
		return new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
				if (beginFailure == null && TransactionPhases.this.registry.hasModelReceivers()
						&& TransactionSynchronizationManager.isSynchronizationActive()) {
					current().prepared = true;
				}
			}
		};
	}

	/**
	 * @param robust whether a receiver that runs at once, outside a transaction, is isolated
	 * like the other receivers of {@code sendRobust}
	 */
	void schedule(ConnectedReceiver receiver, Object payload, @Nullable BeforeCommitFallback fallback,
			boolean robust) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			PhaseSynchronization synchronization = current();
			if (receiver.phase() == Phase.BEFORE_COMMIT && fallback != null && !synchronization.prepared) {
				// a transaction manager that did not announce the transaction: this write may come from
				// the commit's own flush, after Spring's before-commit callbacks
				fallback.schedule(receiver, payload);
			}
			else {
				synchronization.add(receiver, payload);
			}
		}
		else {
			runOutsideTransaction(receiver, payload, robust);
		}
	}

	private void runOutsideTransaction(ConnectedReceiver receiver, Object payload, boolean robust) {
		switch (receiver.phase()) {
			case BEFORE_COMMIT -> {
				if (robust) {
					runIsolated(receiver, payload);
				}
				else {
					receiver.invoke(payload);
				}
			}
			case AFTER_COMMIT, AFTER_COMPLETION -> runIsolated(receiver, payload);
			default -> {
				// nothing can roll back outside a transaction
			}
		}
	}

	private PhaseSynchronization current() {
		Object bound = TransactionSynchronizationManager.getResource(this);
		if (bound instanceof PhaseSynchronization synchronization) {
			return synchronization;
		}
		PhaseSynchronization synchronization = new PhaseSynchronization();
		TransactionSynchronizationManager.bindResource(this, synchronization);
		TransactionSynchronizationManager.registerSynchronization(synchronization);
		return synchronization;
	}

	static void runIsolated(ConnectedReceiver receiver, Object payload) {
		try {
			receiver.invoke(payload);
		}
		catch (Throwable ex) {
			logger.error("Receiver " + receiver.receiver() + " of signal '" + receiver.signal() + "' failed in phase "
					+ receiver.phase() + "; the other receivers still run", ex);
		}
	}

	/**
	 * Runs a {@code BEFORE_COMMIT} receiver of a model signal as the persistence context's own
	 * transaction completes, where Spring's before-commit callback may already have passed.
	 */
	@FunctionalInterface
	public interface BeforeCommitFallback {

		void schedule(ConnectedReceiver receiver, Object payload);

	}

	private record Scheduled(ConnectedReceiver receiver, Object payload) {
	}

	private final class PhaseSynchronization implements TransactionSynchronization {

		private final List<Scheduled> beforeCommit = new ArrayList<>();

		private final List<Scheduled> afterCompletion = new ArrayList<>();

		private boolean beforeCommitDone;

		/** Registered as the transaction began, so its before-commit flush precedes the commit's. */
		boolean prepared;

		void add(ConnectedReceiver receiver, Object payload) {
			if (receiver.phase() == Phase.BEFORE_COMMIT) {
				if (this.beforeCommitDone) {
					// sent by a write the commit itself flushes: still before the commit
					receiver.invoke(payload);
				}
				else {
					this.beforeCommit.add(new Scheduled(receiver, payload));
				}
			}
			else {
				this.afterCompletion.add(new Scheduled(receiver, payload));
			}
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(TransactionPhases.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(TransactionPhases.this, this);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				TransactionPhases.this.flushBeforeCommit.run();
			}
			while (!this.beforeCommit.isEmpty()) {
				List<Scheduled> batch = new ArrayList<>(this.beforeCommit);
				this.beforeCommit.clear();
				for (Scheduled scheduled : batch) {
					scheduled.receiver().invoke(scheduled.payload());
				}
				if (!readOnly) {
					TransactionPhases.this.flushBeforeCommit.run();
				}
			}
			this.beforeCommitDone = true;
		}

		@Override
		public void afterCommit() {
			drain(true, Phase.AFTER_COMMIT);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TransactionPhases.this);
			if (status == STATUS_ROLLED_BACK) {
				drain(false, Phase.AFTER_ROLLBACK);
			}
			drain(false, Phase.AFTER_COMPLETION);
			this.afterCompletion.clear();
		}

		private void drain(boolean repeat, Phase phase) {
			int from = 0;
			do {
				int to = this.afterCompletion.size();
				for (int i = from; i < to; i++) {
					Scheduled scheduled = this.afterCompletion.get(i);
					if (scheduled.receiver().phase() == phase) {
						runIsolated(scheduled.receiver(), scheduled.payload());
					}
				}
				from = to;
			}
			while (repeat && from < this.afterCompletion.size());
		}

	}

}
