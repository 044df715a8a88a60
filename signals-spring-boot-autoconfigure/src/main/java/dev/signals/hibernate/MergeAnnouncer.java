package dev.signals.hibernate;

import java.util.List;
import java.util.Map;

import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;

/**
 * Sends {@code pre_save} of every new entity a merge will insert before Hibernate copies any
 * of them, and remembers which copies those were, since a merge inserts copies of the objects
 * the receivers were given.
 */
final class MergeAnnouncer {

	private final ModelDispatch dispatch;

	private final SessionDispatch sessionDispatch;

	private final ModelEvents events;

	MergeAnnouncer(ModelDispatch dispatch, SessionDispatch sessionDispatch, ModelEvents events) {
		this.dispatch = dispatch;
		this.sessionDispatch = sessionDispatch;
		this.events = events;
	}

	/**
	 * {@code pre_save} of every new entity a merge will insert, before Hibernate copies any of
	 * them: the receivers get the objects the caller passed, and what they change is copied
	 * into the managed copies the merge inserts.
	 */
	void beforeMerge(EventSource session, @Nullable String entityName, @Nullable Object original) {
		if (original == null || original instanceof HibernateProxy || !this.dispatch.listens(ModelSignal.PRE_SAVE)) {
			return;
		}
		List<Object> fresh;
		EntityPersister rootPersister = session.getEntityPersister(entityName, original);
		if (rootPersister.hasCascades()) {
			fresh = CascadeGraph.newEntities(session, CascadingActions.MERGE, original, entityName);
		}
		else {
			// the common save of a changed entity: nothing to walk, and no new entity unless itself
			boolean isNew = session.getPersistenceContextInternal().getEntry(original) == null
					&& CascadeGraph.isNewForMerge(session, original, rootPersister);
			fresh = isNew ? List.of(original) : List.of();
		}
		if (fresh.isEmpty()) {
			return;
		}
		// a merge that fails leaves its scope behind, harmless: Hibernate marks the transaction
		// for rollback
		SessionState state = SessionState.of(session);
		MergeScope scope = new MergeScope(original);
		scope.outer = state.merge;
		state.merge = scope;
		int rounds = 0;
		boolean sent;
		do {
			sent = false;
			for (Object each : fresh) {
				if (!scope.announced.containsKey(each)) {
					EntityPersister persister = session.getEntityPersister(null, each);
					ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE,
							persister.getMappedClass());
					if (receivers.length > 0) {
						scope.announced.put(each, Boolean.TRUE);
						this.sessionDispatch.announce(session, state, receivers,
								this.events.preSave(each, persister, true, Map.of()));
						sent = true;
					}
				}
			}
			if (sent && rootPersister.hasCascades()) {
				// the receivers may have added to the graph
				fresh = CascadeGraph.newEntities(session, CascadingActions.MERGE, original, entityName);
			}
		}
		while (sent && rootPersister.hasCascades() && ++rounds < ModelSignalBridge.MAX_ROUNDS);
		if (scope.announced.isEmpty()) {
			state.merge = scope.outer;
		}
	}

	/**
	 * Remember the copies a merge made so that their inserts are known as announced.
	 */
	void cascadingMerge(EventSource session, MergeContext context) {
		SessionState state = SessionState.peek(session);
		if (state != null && state.merge != null && state.merge.context == null) {
			state.merge.context = context;
		}
	}

	/**
	 * A merge has copied {@code original} into {@code result}: an insert of the copy after
	 * the merge, at flush, was announced with the original.
	 */
	void afterMerge(EventSource session, @Nullable Object original, @Nullable Object result, boolean topLevel) {
		SessionState state = SessionState.peek(session);
		if (state == null || state.merge == null) {
			return;
		}
		MergeScope scope = state.merge;
		if (original != null && result != null && scope.announced.remove(original) != null) {
			state.preSaveSent.put(result, SessionState.PERSISTED);
		}
		if (topLevel && scope.root == original) {
			state.merge = scope.outer;
		}
	}

}
