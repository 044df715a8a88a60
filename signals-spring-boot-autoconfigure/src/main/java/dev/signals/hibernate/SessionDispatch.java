package dev.signals.hibernate;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.jspecify.annotations.Nullable;

import dev.signals.ModelEvent;
import dev.signals.dispatch.BeforeCommitFallback;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;

/**
 * Dispatches model events from within a session with auto-flush off wherever Hibernate is in
 * the middle of its own work, since a receiver's query would otherwise flush that half-done
 * work, and turns it back on for one query only where that flush is safe.
 */
final class SessionDispatch {

	private final ModelDispatch dispatch;

	SessionDispatch(ModelDispatch dispatch) {
		this.dispatch = dispatch;
	}

	/**
	 * Send a {@code pre_*} signal ahead of Hibernate's own work. A query of its receivers
	 * must not flush: the flush would write the very entities being announced, before their
	 * receivers have finished. Auto-flush is off, and a query turns it back on only where the
	 * flush cannot reach them (see {@link #resumeAutoFlush}), so that earlier writes of the
	 * transaction stay visible to it.
	 */
	void announce(EventSource session, SessionState state, ConnectedReceiver[] receivers, ModelEvent<?> event) {
		FlushMode flushMode = session.getHibernateFlushMode();
		if (state.announcing++ == 0) {
			state.flushModeBeforeAnnouncing = flushMode;
		}
		session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			this.dispatch.dispatch(receivers, event, beforeCommit(session));
		}
		finally {
			if (--state.announcing == 0) {
				// an auto-flush that failed never turned itself off
				state.autoFlushing = false;
			}
			session.setHibernateFlushMode(flushMode);
		}
	}

	/**
	 * Dispatch from inside one of Hibernate's operations (a cascade, a flush, a row being
	 * written), where a query must not flush the session: it would flush the operation's own
	 * half-written state.
	 */
	void dispatchInsideOperation(SharedSessionContractImplementor session, ConnectedReceiver[] receivers,
			ModelEvent<?> event) {
		if (!(session instanceof EventSource source)) {
			this.dispatch.dispatch(receivers, event, null);
			return;
		}
		FlushMode flushMode = source.getHibernateFlushMode();
		source.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			this.dispatch.dispatch(receivers, event, beforeCommit(session));
		}
		finally {
			source.setHibernateFlushMode(flushMode);
		}
	}

	/**
	 * Dispatch leaving the flush mode as it is: the caller has turned auto-flush off already,
	 * or nothing of Hibernate's is under way that a flush could catch half-done.
	 */
	void dispatch(SharedSessionContractImplementor session, ConnectedReceiver[] receivers, ModelEvent<?> event) {
		this.dispatch.dispatch(receivers, event, beforeCommit(session));
	}

	/**
	 * Let the auto-flush of a {@code pre_*} receiver's query go ahead, once the pass before
	 * it found that this flush cannot reach what is being announced.
	 */
	void resumeAutoFlush(EventSource session, SessionState announcing) {
		if (announcing.flushModeBeforeAnnouncing == FlushMode.AUTO) {
			session.setHibernateFlushMode(FlushMode.AUTO);
			announcing.autoFlushing = true;
		}
	}

	/**
	 * Turn auto-flush off again after a query of a {@code pre_*} receiver flushed.
	 */
	void afterAutoFlush(EventSource session) {
		SessionState state = SessionState.peek(session);
		if (state != null && state.autoFlushing && state.announcing > 0) {
			state.autoFlushing = false;
			session.setHibernateFlushMode(FlushMode.MANUAL);
		}
	}

	/**
	 * Where a {@code BEFORE_COMMIT} receiver runs when Spring's before-commit callback has
	 * passed: with the session's own transaction completion; {@code null} outside a session.
	 */
	static @Nullable BeforeCommitFallback beforeCommit(SharedSessionContractImplementor session) {
		if (session instanceof EventSource source) {
			return (call) -> SessionState.of(source).beforeCommit(source, call);
		}
		return null;
	}

}
