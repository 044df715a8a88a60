package dev.signals.hibernate;

import java.util.Map;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.dispatch.BeforeCommitFallback;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;

/**
 * Decides when {@code post_save} and {@code post_delete} receivers run: the session cannot be
 * used while Hibernate writes a row, so each event is recorded then and sent once the persist,
 * merge or flush has returned, after which what the receivers wrote is flushed in a further
 * round.
 */
final class PostSignals {

	private final ModelDispatch dispatch;

	private final ModelEvents events;

	PostSignals(ModelDispatch dispatch, ModelEvents events) {
		this.dispatch = dispatch;
		this.events = events;
	}

	void afterInsert(SharedSessionContractImplementor session, Object entity, EntityPersister persister) {
		forgetPreSave(session, entity);
		ConnectedReceiver[] receivers = receivers(ModelSignal.POST_SAVE, persister);
		if (receivers.length > 0) {
			record(session, receivers, this.events.postSave(entity, persister, true, Map.of()));
		}
	}

	void afterUpdate(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			@Nullable Object @Nullable [] oldState, Object[] newState, int @Nullable [] dirty) {
		forgetPreSave(session, entity);
		ConnectedReceiver[] receivers = receivers(ModelSignal.POST_SAVE, persister);
		if (receivers.length > 0) {
			Map<String, Change> changes = (dirty != null) ? ModelEvents.changes(persister, dirty, oldState, newState)
					: Map.of();
			record(session, receivers, this.events.postSave(entity, persister, false, changes));
		}
	}

	void afterDelete(SharedSessionContractImplementor session, Object entity, EntityPersister persister) {
		SessionState state = SessionState.peek(session);
		if (state != null) {
			state.preDeleteSent.remove(entity);
		}
		ConnectedReceiver[] receivers = receivers(ModelSignal.POST_DELETE, persister);
		if (receivers.length > 0) {
			record(session, receivers, this.events.postDelete(entity, persister));
		}
	}

	private static void forgetPreSave(SharedSessionContractImplementor session, Object entity) {
		SessionState state = SessionState.peek(session);
		if (state != null) {
			state.preSaveSent.remove(entity);
		}
	}

	private ConnectedReceiver[] receivers(ModelSignal signal, EntityPersister persister) {
		return this.dispatch.receivers(signal, persister.getMappedClass());
	}

	private void record(SharedSessionContractImplementor session, ConnectedReceiver[] receivers, ModelEvent<?> event) {
		if (session instanceof EventSource) {
			SessionState.of(session).add(receivers, event);
		}
		else {
			// a stateless session writes at once and has nothing to flush later
			this.dispatch.dispatch(receivers, event, null);
		}
	}

	/**
	 * Send the recorded {@code post_*} events once a persist or merge has returned.
	 */
	void afterOperation(EventSource session) {
		SessionState state = SessionState.peek(session);
		if (state != null && !state.draining && !session.getPersistenceContextInternal().isFlushing()) {
			drain(session, state, false);
			state.releaseIfIdle();
		}
	}

	/**
	 * Send the recorded {@code post_*} events once a flush has written, then flush what their
	 * receivers wrote, round after round.
	 */
	void afterFlush(EventSource session, boolean explicit) {
		SessionState state = SessionState.peek(session);
		if (state == null || state.draining) {
			return;
		}
		drain(session, state, true);
		if (explicit) {
			state.preSaveSent.values().removeIf((marker) -> marker != SessionState.PERSISTED);
			state.preDeleteSent.clear();
		}
		state.releaseIfIdle();
	}

	private void drain(EventSource session, SessionState state, boolean flushAfter) {
		state.draining = true;
		boolean completed = false;
		try {
			int rounds = 0;
			BeforeCommitFallback beforeCommit = SessionDispatch.beforeCommit(session);
			while (state.hasPending()) {
				if (++rounds > ModelSignalBridge.MAX_ROUNDS) {
					throw new IllegalStateException("Model signal receivers kept writing for "
							+ ModelSignalBridge.MAX_ROUNDS
							+ " flush rounds; a receiver probably saves the entity that triggers it on every save");
				}
				for (SessionState.Pending pending : state.takePending()) {
					this.dispatch.dispatch(pending.receivers(), pending.event(), beforeCommit);
				}
				// what the receivers wrote or changed goes out in a further round: this flush may be
				// the commit's own, after which nothing else would flush their changes
				if (flushAfter && session.isOpen() && session.isTransactionInProgress()) {
					session.flush();
				}
			}
			completed = true;
		}
		finally {
			state.draining = false;
			if (!completed) {
				state.clearPending();
			}
		}
	}

}
