package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import jakarta.transaction.Synchronization;
import org.hibernate.FlushMode;
import org.hibernate.SessionEventListener;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.jspecify.annotations.Nullable;

import dev.signals.ModelEvent;
import dev.signals.dispatch.ConnectedReceiver;

/**
 * What the bridge remembers about one session between Hibernate's events: which entities
 * already had their {@code pre_save} / {@code pre_delete}, and the {@code post_*} events
 * waiting until the session may be used again. Sessions are single-threaded, so the state
 * lives with the thread and is created only when somebody listens.
 */
final class SessionState {

	private static final ThreadLocal<Map<Object, SessionState>> states = new ThreadLocal<>();

	/**
	 * The sessions of this thread whose close forgets their state, so that a session whose state
	 * comes and goes gets one close listener; held weakly (sessions keep the identity equality of
	 * {@code Object}), as a session its application never closes must not be kept by the thread
	 * either.
	 */
	private static final ThreadLocal<Map<Object, Boolean>> watched = new ThreadLocal<>();

	/** Marks an entity whose {@code pre_save} was sent as it was persisted. */
	static final Object PERSISTED = new Object();

	/**
	 * Entities whose {@code pre_save} was sent, with the loaded state it was computed from, so
	 * that a later flush of the same pending change does not send it again.
	 */
	final Map<Object, Object> preSaveSent = new IdentityHashMap<>();

	final Map<Object, Boolean> preDeleteSent = new IdentityHashMap<>();

	/** How many {@code pre_*} dispatches ahead of Hibernate's own work are under way. */
	int announcing;

	@Nullable FlushMode flushModeBeforeAnnouncing;

	/** Whether a query of an announcement's receiver is flushing, auto-flush turned back on. */
	boolean autoFlushing;

	/** The top-level merge under way whose new entities had their {@code pre_save}. */
	@Nullable MergeScope merge;

	private List<Pending> pending = new ArrayList<>();

	boolean draining;

	private @Nullable List<Runnable> beforeCommit;

	private final SharedSessionContractImplementor session;

	private SessionState(SharedSessionContractImplementor session) {
		this.session = session;
	}

	static @Nullable SessionState peek(SharedSessionContractImplementor session) {
		Map<Object, SessionState> map = states.get();
		return (map != null) ? map.get(session) : null;
	}

	static SessionState of(SharedSessionContractImplementor session) {
		Map<Object, SessionState> map = states.get();
		if (map == null) {
			map = new IdentityHashMap<>(4);
			states.set(map);
		}
		SessionState state = map.get(session);
		if (state == null) {
			map.values().removeIf((other) -> other.session.isClosed());
			state = new SessionState(session);
			map.put(session, state);
			forgetOnClose(session);
			if (session.isTransactionInProgress()) {
				// a session that ends with a rollback never flushes: forget it with its transaction
				session.getTransaction().registerSynchronization(new Synchronization() {
					@Override
					public void beforeCompletion() {
					}

					@Override
					public void afterCompletion(int status) {
						forget(session);
					}
				});
			}
		}
		return state;
	}

	/**
	 * A session used without a transaction, or closed before it flushed, would otherwise leave
	 * its state, and through it the session factory, with a pooled thread.
	 */
	private static void forgetOnClose(SharedSessionContractImplementor session) {
		Map<Object, Boolean> sessions = watched.get();
		if (sessions == null) {
			sessions = new WeakHashMap<>(4);
			watched.set(sessions);
		}
		if (sessions.put(session, Boolean.TRUE) == null) {
			session.getEventListenerManager().addListener(new SessionEventListener() {
				@Override
				public void end() {
					forget(session);
					unwatch(session);
				}
			});
		}
	}

	private static void unwatch(Object session) {
		Map<Object, Boolean> sessions = watched.get();
		if (sessions != null) {
			sessions.remove(session);
			if (sessions.isEmpty()) {
				watched.remove();
			}
		}
	}

	static void forget(Object session) {
		Map<Object, SessionState> map = states.get();
		if (map != null) {
			map.remove(session);
			if (map.isEmpty()) {
				states.remove();
			}
		}
	}

	void add(ConnectedReceiver[] receivers, ModelEvent<?> event) {
		this.pending.add(new Pending(receivers, event));
	}

	boolean hasPending() {
		return !this.pending.isEmpty();
	}

	List<Pending> takePending() {
		List<Pending> taken = this.pending;
		this.pending = new ArrayList<>();
		return taken;
	}

	void clearPending() {
		this.pending.clear();
	}

	/**
	 * Whether a new entity had its {@code pre_save} with the merge under way.
	 */
	boolean isAnnounced(Object entity) {
		return this.merge != null && this.merge.announced.containsKey(entity);
	}

	/**
	 * Whether a new entity a flush would insert is one whose {@code pre_save} is under way or
	 * sent, but not inserted yet.
	 */
	boolean isAnnouncedOrPersisting(Object entity) {
		return isAnnounced(entity) || this.preSaveSent.get(entity) == PERSISTED;
	}

	/**
	 * Drop the state once nothing is remembered, so idle sessions cost nothing.
	 */
	void releaseIfIdle() {
		if (!this.draining && this.beforeCommit == null && this.pending.isEmpty() && this.preSaveSent.isEmpty()
				&& this.preDeleteSent.isEmpty() && this.merge == null && this.announcing == 0) {
			forget(this.session);
		}
	}

	/**
	 * Run a {@code BEFORE_COMMIT} receiver once the session has flushed for its commit, and
	 * flush what it wrote, round after round.
	 */
	void beforeCommit(EventSource source, Runnable call) {
		if (this.beforeCommit == null) {
			this.beforeCommit = new ArrayList<>();
			// Hibernate calls its transaction's synchronizations after the commit's flush
			source.getTransaction().registerSynchronization(new Synchronization() {
				@Override
				public void beforeCompletion() {
					runBeforeCommit(source);
				}

				@Override
				public void afterCompletion(int status) {
					SessionState.this.beforeCommit = null;
				}
			});
		}
		this.beforeCommit.add(call);
	}

	private void runBeforeCommit(EventSource source) {
		while (this.beforeCommit != null && !this.beforeCommit.isEmpty()) {
			List<Runnable> batch = this.beforeCommit;
			this.beforeCommit = new ArrayList<>();
			batch.forEach(Runnable::run);
			source.flush();
		}
	}

	record Pending(ConnectedReceiver[] receivers, ModelEvent<?> event) {
	}

}
