package dev.signals.transaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

import dev.signals.Phase;
import dev.signals.dispatch.BeforeCommitFallback;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.PhaseScheduler;
import dev.signals.dispatch.ReceiverCalls;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Runs receivers whose {@link Phase} is not {@code IMMEDIATE} at their moment of the current
 * Spring-managed transaction, or at once outside one.
 * <p>
 * Spring calls before-commit callbacks before the commit flushes the persistence context, so
 * writes flushed by the commit would reach no {@code BEFORE_COMMIT} receiver and a receiver's
 * exception would surface wrapped by the commit. Every transaction that may send model signals
 * therefore gets a synchronization, registered when it begins, that flushes first.
 */
public final class TransactionPhases implements PhaseScheduler {

	private static final Log logger = LogFactory.getLog(TransactionPhases.class);

	private final ReceiverRegistry registry;

	private final ReceiverCalls calls;

	private final Runnable flushBeforeCommit;

	private final SingletonSupplier<Executor> executor;

	private final SingletonSupplier<DurableCalls> durableCalls;

	private final AtomicInteger asyncCallsInFlight = new AtomicInteger();

	/**
	 * The executor and the durable calls are asked for when first needed, so that neither the
	 * application task executor nor durable delivery, which calls receivers itself, is created
	 * with the dispatcher.
	 * @param registry tells whether a new transaction may send model signals
	 * @param calls calls the receivers once their phase comes
	 * @param flushBeforeCommit flushes the persistence contexts bound to the transaction
	 * @param executor runs async receivers, by default Spring Boot's application task executor
	 * @param durableCalls records and attempts the calls of durable receivers; {@code null}
	 * without durable delivery
	 */
	public TransactionPhases(ReceiverRegistry registry, ReceiverCalls calls, Runnable flushBeforeCommit,
			Supplier<? extends Executor> executor, Supplier<? extends @Nullable DurableCalls> durableCalls) {
		this.registry = registry;
		this.calls = calls;
		this.flushBeforeCommit = flushBeforeCommit;
		this.executor = SingletonSupplier.of(executor::get);
		this.durableCalls = SingletonSupplier.of(durableCalls::get);
	}

	/**
	 * How many calls of async receivers were handed to the executor and have not finished yet,
	 * for tests that wait until the receivers of what they sent have run.
	 * @return the number of async calls not finished
	 */
	public int asyncCallsInFlight() {
		return this.asyncCallsInFlight.get();
	}

	/**
	 * A listener to add to every transaction manager: it prepares each new transaction that
	 * may send model signals.
	 * @return the listener
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

	@Override
	public void schedule(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload,
			@Nullable BeforeCommitFallback fallback, boolean robust) {
		Call call = new Call(receiver, sender, payload, record(receiver, sender, payload));
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			PhaseSynchronization synchronization = current();
			if (receiver.phase() == Phase.BEFORE_COMMIT && fallback != null && !synchronization.prepared) {
				// a transaction manager that did not announce the transaction: this write may come from
				// the commit's own flush, after Spring's before-commit callbacks
				fallback.schedule(() -> run(call));
			}
			else {
				synchronization.add(call);
			}
		}
		else {
			runOutsideTransaction(call, robust);
		}
	}

	private void runOutsideTransaction(Call call, boolean robust) {
		switch (call.receiver().phase()) {
			case BEFORE_COMMIT -> {
				if (robust) {
					runIsolated(call);
				}
				else {
					run(call);
				}
			}
			case AFTER_COMMIT, AFTER_COMPLETION -> runIsolated(call);
			default -> {
				// nothing can roll back outside a transaction
			}
		}
	}

	/**
	 * Write a durable call's delivery record now, in the transaction that sends the signal.
	 */
	private @Nullable String record(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		if (!receiver.isDurable()) {
			return null;
		}
		DurableCalls durable = this.durableCalls.get();
		if (durable == null) {
			throw new IllegalStateException("Receiver " + receiver.receiver()
					+ " is durable, but durable delivery is not set up: it needs a DataSource and Jackson");
		}
		return durable.record(receiver, sender, payload);
	}

	private void run(Call call) {
		this.calls.call(call.receiver(), call.sender(), call.payload());
	}

	private void runIsolated(Call call) {
		if (call.receiver().isAsync()) {
			// counted before it is handed over: a waiting test must not miss a call still in the queue
			this.asyncCallsInFlight.incrementAndGet();
			try {
				this.executor.obtain().execute(() -> {
					try {
						runIsolatedHere(call);
					}
					finally {
						this.asyncCallsInFlight.decrementAndGet();
					}
				});
			}
			catch (RuntimeException ex) {
				this.asyncCallsInFlight.decrementAndGet();
				throw ex;
			}
		}
		else {
			runIsolatedHere(call);
		}
	}

	private void runIsolatedHere(Call call) {
		DurableCalls durable = (call.deliveryId() != null) ? this.durableCalls.get() : null;
		if (call.deliveryId() != null && durable != null) {
			try {
				durable.deliver(call.deliveryId(), call.receiver(), call.sender(), call.payload());
			}
			catch (RuntimeException ex) {
				// the record stays pending: the poller delivers it, and the other receivers still run
				logger.error("Could not attempt or record durable delivery " + call.deliveryId() + " of receiver "
						+ call.receiver().receiver() + "; it is retried later", ex);
			}
			return;
		}
		try {
			run(call);
		}
		catch (Throwable ex) {
			logger.error("Receiver " + call.receiver().receiver() + " of signal '" + call.receiver().signal()
					+ "' failed in phase " + call.receiver().phase() + "; the other receivers still run", ex);
		}
	}

	/**
	 * Until Spring cleans up after a transaction, its resources stay bound to the thread, so
	 * a repository called from an after-completion receiver would join a transaction that
	 * never commits again and its writes would be lost: the receivers run with them unbound,
	 * and what they write commits in transactions of their own, as Django's
	 * {@code on_commit} callbacks run in autocommit.
	 */
	private static void outsideFinishedTransaction(Runnable calls) {
		Map<Object, Object> resources = new LinkedHashMap<>(TransactionSynchronizationManager.getResourceMap());
		resources.keySet().forEach(TransactionSynchronizationManager::unbindResource);
		boolean active = TransactionSynchronizationManager.isActualTransactionActive();
		boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		String name = TransactionSynchronizationManager.getCurrentTransactionName();
		Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
		TransactionSynchronizationManager.setActualTransactionActive(false);
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
		TransactionSynchronizationManager.setCurrentTransactionName(null);
		TransactionSynchronizationManager.setCurrentTransactionIsolationLevel(null);
		try {
			calls.run();
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(active);
			TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
			TransactionSynchronizationManager.setCurrentTransactionName(name);
			TransactionSynchronizationManager.setCurrentTransactionIsolationLevel(isolation);
			resources.forEach((key, value) -> {
				if (!TransactionSynchronizationManager.hasResource(key)) {
					TransactionSynchronizationManager.bindResource(key, value);
				}
			});
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

	private record Call(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload,
			@Nullable String deliveryId) {
	}

	/**
	 * Records durable calls with the sending transaction and attempts them after it.
	 */
	public interface DurableCalls {

		/**
		 * Record a durable receiver's call in the current transaction, so that it commits or
		 * rolls back with the sender's writes.
		 * @param receiver the durable receiver
		 * @param sender the class that sent the signal, {@code null} for none
		 * @param payload the custom signal's payload or the model event
		 * @return the id of the delivery record
		 */
		String record(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload);

		/**
		 * Attempt a recorded call for the first time, after the commit.
		 * @param id the id {@link #record} returned
		 * @param receiver the durable receiver
		 * @param sender the class that sent the signal, {@code null} for none
		 * @param payload the payload as it was sent
		 */
		void deliver(String id, ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload);

	}

	private final class PhaseSynchronization implements TransactionSynchronization {

		private final List<Call> beforeCommit = new ArrayList<>();

		private final List<Call> afterCompletion = new ArrayList<>();

		private boolean beforeCommitDone;

		/** Registered as the transaction began, so its before-commit flush precedes the commit's. */
		boolean prepared;

		void add(Call call) {
			if (call.receiver().phase() == Phase.BEFORE_COMMIT) {
				if (this.beforeCommitDone) {
					// sent by a write the commit itself flushes: still before the commit
					run(call);
				}
				else {
					this.beforeCommit.add(call);
				}
			}
			else {
				this.afterCompletion.add(call);
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
				List<Call> batch = new ArrayList<>(this.beforeCommit);
				this.beforeCommit.clear();
				batch.forEach(TransactionPhases.this::run);
				if (!readOnly) {
					TransactionPhases.this.flushBeforeCommit.run();
				}
			}
			this.beforeCommitDone = true;
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TransactionPhases.this);
			if (this.afterCompletion.isEmpty()) {
				return;
			}
			outsideFinishedTransaction(() -> {
				if (status == STATUS_COMMITTED) {
					drain(Phase.AFTER_COMMIT);
				}
				else if (status == STATUS_ROLLED_BACK) {
					drain(Phase.AFTER_ROLLBACK);
				}
				drain(Phase.AFTER_COMPLETION);
			});
			this.afterCompletion.clear();
		}

		/**
		 * Run the calls of one phase, including those their receivers schedule meanwhile.
		 */
		private void drain(Phase phase) {
			for (int i = 0; i < this.afterCompletion.size(); i++) {
				Call call = this.afterCompletion.get(i);
				if (call.receiver().phase() == phase) {
					runIsolated(call);
				}
			}
		}

	}

}
