package dev.signals.hibernate;

import java.util.Map;

import org.hibernate.engine.spi.CascadingAction;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;

/**
 * Sends {@code pre_save} of a new entity and of every new entity its persist cascades to
 * before Hibernate takes any of them, since the session cannot be used once its cascade has
 * started; a child its cascade reaches unannounced is caught as it gets there.
 */
final class PersistAnnouncer {

	private final ModelDispatch dispatch;

	private final SessionDispatch sessionDispatch;

	private final ModelEvents events;

	PersistAnnouncer(ModelDispatch dispatch, SessionDispatch sessionDispatch, ModelEvents events) {
		this.dispatch = dispatch;
		this.sessionDispatch = sessionDispatch;
		this.events = events;
	}

	/**
	 * {@code pre_save} of a new entity and of every new entity its persist cascades to, before
	 * Hibernate takes any of them; repeated while the receivers add to the aggregate.
	 */
	void beforePersist(EventSource session, @Nullable String entityName, @Nullable Object entity) {
		if (entity != null && !(entity instanceof HibernateProxy) && this.dispatch.listens(ModelSignal.PRE_SAVE)) {
			announceNew(session, CascadingActions.PERSIST, entity, entityName);
		}
	}

	/**
	 * {@code pre_save} of an entity Hibernate's own cascade reached, during a persist or a
	 * flush: normally announced already by the walk of that operation, unless a receiver added
	 * it to the aggregate after the walk.
	 */
	void beforeCascadedPersist(EventSource session, @Nullable String entityName, @Nullable Object entity) {
		if (entity == null || entity instanceof HibernateProxy || !this.dispatch.listens(ModelSignal.PRE_SAVE)
				|| session.getPersistenceContextInternal().getEntry(entity) != null) {
			return;
		}
		SessionState state = SessionState.peek(session);
		if (state != null && state.preSaveSent.containsKey(entity)) {
			return;
		}
		EntityPersister persister = session.getEntityPersister(entityName, entity);
		ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE, persister.getMappedClass());
		if (receivers.length > 0) {
			SessionState.of(session).preSaveSent.put(entity, SessionState.PERSISTED);
			this.sessionDispatch.dispatchInsideOperation(session, receivers,
					this.events.preSave(entity, persister, true, Map.of()));
		}
	}

	private void announceNew(EventSource session, CascadingAction<?> action, Object root,
			@Nullable String entityName) {
		EntityPersister rootPersister = session.getEntityPersister(entityName, root);
		if (!rootPersister.hasCascades()) {
			// nothing to walk: only the entity itself, if it is new
			if (session.getPersistenceContextInternal().getEntry(root) == null) {
				preSaveOfNew(session, root, rootPersister);
			}
			return;
		}
		int rounds = 0;
		boolean sent;
		do {
			sent = false;
			for (Object fresh : CascadeGraph.newEntities(session, action, root, entityName)) {
				sent |= preSaveOfNew(session, fresh, session.getEntityPersister(null, fresh));
			}
		}
		while (sent && ++rounds < ModelSignalBridge.MAX_ROUNDS);
	}

	/**
	 * {@code pre_save} of a new entity about to be persisted, unless it had it already.
	 * @return whether any receiver ran
	 */
	boolean preSaveOfNew(EventSource session, Object entity, EntityPersister persister) {
		ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE, persister.getMappedClass());
		if (receivers.length == 0) {
			return false;
		}
		SessionState state = SessionState.of(session);
		if (state.isAnnounced(entity) || state.preSaveSent.putIfAbsent(entity, SessionState.PERSISTED) != null) {
			return false;
		}
		this.sessionDispatch.announce(session, state, receivers,
				this.events.preSave(entity, persister, true, Map.of()));
		return true;
	}

}
