package dev.signals.hibernate;

import java.util.Map;
import java.util.Objects;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;

/**
 * Sends {@code pre_save} and {@code pre_delete} as a row is written, for the writes nothing
 * announced ahead: above all a stateless session's, which no persist, removal or flush
 * precedes.
 */
final class RowAnnouncer {

	private final ModelDispatch dispatch;

	private final SessionDispatch sessionDispatch;

	private final ModelEvents events;

	RowAnnouncer(ModelDispatch dispatch, SessionDispatch sessionDispatch, ModelEvents events) {
		this.dispatch = dispatch;
		this.sessionDispatch = sessionDispatch;
		this.events = events;
	}

	/**
	 * {@code pre_save} of an insert nothing announced, such as one by a stateless session:
	 * the receivers' changes are copied into the row about to be inserted.
	 */
	void beforeInsert(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			Object[] state) {
		if (!this.dispatch.listens(ModelSignal.PRE_SAVE)) {
			return;
		}
		SessionState sessionState = SessionState.peek(session);
		if (sessionState != null && (sessionState.preSaveSent.containsKey(entity)
				|| (sessionState.merge != null && sessionState.merge.claim(entity)))) {
			return;
		}
		preSaveOfRow(session, entity, persister, state, true);
	}

	/**
	 * {@code pre_save} of a stateless session's update or upsert, which no flush precedes.
	 */
	void beforeStatelessUpdate(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			Object[] state) {
		if (!(session instanceof EventSource) && this.dispatch.listens(ModelSignal.PRE_SAVE)) {
			preSaveOfRow(session, entity, persister, state, false);
		}
	}

	private void preSaveOfRow(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			Object[] state, boolean created) {
		ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE, persister.getMappedClass());
		if (receivers.length == 0) {
			return;
		}
		this.sessionDispatch.dispatchInsideOperation(session, receivers,
				this.events.preSave(entity, persister, created, Map.of()));
		Object[] values = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < values.length; i++) {
			if (!types[i].isCollectionType() && !Objects.equals(values[i], state[i])) {
				state[i] = values[i];
			}
		}
	}

	/**
	 * {@code pre_delete} of a stateless session's delete, which cascades to nothing.
	 */
	void beforeStatelessDelete(SharedSessionContractImplementor session, Object entity, EntityPersister persister) {
		if (!(session instanceof EventSource) && this.dispatch.listens(ModelSignal.PRE_DELETE)) {
			ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_DELETE,
					persister.getMappedClass());
			if (receivers.length > 0) {
				this.sessionDispatch.dispatch(session, receivers, this.events.preDelete(entity, persister));
			}
		}
	}

}
