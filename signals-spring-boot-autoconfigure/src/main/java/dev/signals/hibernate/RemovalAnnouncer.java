package dev.signals.hibernate;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;

/**
 * Sends {@code pre_delete} of an entity being removed and of everything its removal cascades
 * to, before Hibernate's cascade deletes anything, since the session cannot be used once it
 * has started.
 */
final class RemovalAnnouncer {

	private final ModelDispatch dispatch;

	private final SessionDispatch sessionDispatch;

	private final ModelEvents events;

	RemovalAnnouncer(ModelDispatch dispatch, SessionDispatch sessionDispatch, ModelEvents events) {
		this.dispatch = dispatch;
		this.sessionDispatch = sessionDispatch;
		this.events = events;
	}

	/**
	 * {@code pre_delete} of an entity whose removal was requested and of all it cascades to,
	 * before Hibernate's cascade deletes anything.
	 */
	void beforeDelete(EventSource session, @Nullable Object object) {
		if (object == null || !this.dispatch.listens(ModelSignal.PRE_DELETE)) {
			return;
		}
		Object entity = liveEntity(session, object);
		if (entity != null) {
			announceRemoval(session, entity, persister(session, entity));
		}
	}

	/**
	 * {@code pre_delete} of an entity Hibernate's own cascade or orphan removal reached:
	 * normally announced with the removal or flush that caused it.
	 */
	void beforeCascadedDelete(EventSource session, @Nullable Object object) {
		if (object == null || !this.dispatch.listens(ModelSignal.PRE_DELETE)) {
			return;
		}
		Object entity = liveEntity(session, object);
		if (entity != null && SessionState.of(session).preDeleteSent.putIfAbsent(entity, Boolean.TRUE) == null) {
			EntityPersister persister = persister(session, entity);
			ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_DELETE,
					persister.getMappedClass());
			if (receivers.length > 0) {
				this.sessionDispatch.dispatchInsideOperation(session, receivers,
						this.events.preDelete(entity, persister));
			}
		}
	}

	/**
	 * {@code pre_delete} of a managed entity and of all its removal cascades to, each once.
	 * @return whether any receiver ran
	 */
	boolean announceRemoval(EventSource session, Object entity, EntityPersister persister) {
		SessionState state = SessionState.of(session);
		if (state.preDeleteSent.containsKey(entity)) {
			return false;
		}
		boolean sent = false;
		for (Object each : CascadeGraph.removals(session, entity, persister)) {
			if (state.preDeleteSent.putIfAbsent(each, Boolean.TRUE) == null) {
				EntityPersister eachPersister = persister(session, each);
				ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_DELETE,
						eachPersister.getMappedClass());
				if (receivers.length > 0) {
					this.sessionDispatch.dispatch(session, receivers, this.events.preDelete(each, eachPersister));
					sent = true;
				}
			}
		}
		return sent;
	}

	/**
	 * The managed entity an object to remove stands for, unless it is being deleted already;
	 * a proxy is initialized so that receivers never get one.
	 */
	private static @Nullable Object liveEntity(EventSource session, Object object) {
		PersistenceContext context = session.getPersistenceContextInternal();
		Object entity = context.unproxyAndReassociate(object);
		EntityEntry entry = context.getEntry(entity);
		return (entry != null && entry.getStatus() != Status.DELETED && entry.getStatus() != Status.GONE) ? entity
				: null;
	}

	static EntityPersister persister(EventSource session, Object managed) {
		return session.getPersistenceContextInternal().getEntry(managed).getPersister();
	}

}
