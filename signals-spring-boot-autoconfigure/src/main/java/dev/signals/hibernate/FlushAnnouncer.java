package dev.signals.hibernate;

import java.util.Map;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * The pass before each flush (the shape of SQLAlchemy's {@code before_flush}), which sends
 * the {@code pre_*} signals of everything the flush will write while the session can still
 * be used: the updates, the inserts its cascade will make and the orphans it will delete.
 */
final class FlushAnnouncer {

	private final ModelDispatch dispatch;

	private final SessionDispatch sessionDispatch;

	private final ModelEvents events;

	private final PersistAnnouncer persists;

	private final RemovalAnnouncer removals;

	FlushAnnouncer(ModelDispatch dispatch, SessionDispatch sessionDispatch, ModelEvents events,
			PersistAnnouncer persists, RemovalAnnouncer removals) {
		this.dispatch = dispatch;
		this.sessionDispatch = sessionDispatch;
		this.events = events;
		this.persists = persists;
		this.removals = removals;
	}

	/**
	 * Announce, before Hibernate's flush starts, everything it will write: {@code pre_save}
	 * of every managed entity it will update and of every new entity its cascade will
	 * insert, {@code pre_delete} of every orphan it will delete; repeated until the receivers
	 * change nothing new.
	 */
	void beforeFlush(EventSource session, boolean auto) {
		boolean preSave = this.dispatch.listens(ModelSignal.PRE_SAVE);
		boolean preDelete = this.dispatch.listens(ModelSignal.PRE_DELETE);
		PersistenceContext context = session.getPersistenceContextInternal();
		if ((!preSave && !preDelete) || context.getNumberOfManagedEntities() == 0) {
			return;
		}
		SessionState announcing = SessionState.peek(session);
		if (announcing != null && announcing.announcing == 0) {
			announcing = null;
		}
		boolean reachesAnnounced = false;
		// queries of the receivers see the rows as they are before this flush, rather than
		// flushing the very entities being announced
		FlushMode flushMode = session.getHibernateFlushMode();
		session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			int rounds = 0;
			boolean sent;
			do {
				sent = false;
				for (Map.Entry<Object, EntityEntry> managed : context.reentrantSafeEntityEntries()) {
					Object entity = managed.getKey();
					EntityEntry entry = managed.getValue();
					if (entry.getStatus() != Status.MANAGED) {
						continue;
					}
					if (preSave) {
						ConnectedReceiver[] receivers = receiversOfPendingUpdate(session, entity, entry);
						if (receivers.length > 0) {
							sent |= preSaveIfDirty(session, entity, entry, receivers);
						}
						if (entry.getPersister().hasCascadePersist()) {
							for (Object fresh : CascadeGraph.newEntitiesFrom(session, entity, entry.getPersister())) {
								reachesAnnounced |= announcing != null && announcing.isAnnouncedOrPersisting(fresh);
								sent |= this.persists.preSaveOfNew(session, fresh,
										session.getEntityPersister(null, fresh));
							}
						}
					}
					if (preDelete && entry.getPersister().hasCascades()) {
						for (Object orphan : CascadeGraph.orphans(session, entity, entry)) {
							sent |= this.removals.announceRemoval(session, orphan,
									RemovalAnnouncer.persister(session, orphan));
						}
					}
				}
			}
			while (sent && ++rounds < ModelSignalBridge.MAX_ROUNDS);
		}
		finally {
			session.setHibernateFlushMode(flushMode);
		}
		if (auto && announcing != null && !reachesAnnounced) {
			// a query of a pre_* receiver: this flush cannot reach what is being announced
			this.sessionDispatch.resumeAutoFlush(session, announcing);
		}
	}

	private ConnectedReceiver[] receiversOfPendingUpdate(EventSource session, Object entity, EntityEntry entry) {
		Object[] loaded = entry.getLoadedState();
		if (!entry.isExistsInDatabase() || entry.isReadOnly() || loaded == null) {
			return ReceiverRegistry.NONE;
		}
		SessionState state = SessionState.peek(session);
		if (state != null && state.preSaveSent.get(entity) == loaded) {
			return ReceiverRegistry.NONE;
		}
		return this.dispatch.receivers(ModelSignal.PRE_SAVE, entry.getPersister().getMappedClass());
	}

	private boolean preSaveIfDirty(EventSource session, Object entity, EntityEntry entry,
			ConnectedReceiver[] receivers) {
		Object[] loaded = entry.getLoadedState();
		EntityPersister persister = entry.getPersister();
		Object[] values = persister.getValues(entity);
		int[] dirty = persister.findDirty(values, loaded, entity, session);
		if (dirty == null || dirty.length == 0) {
			return false;
		}
		SessionState.of(session).preSaveSent.put(entity, loaded);
		this.sessionDispatch.dispatch(session, receivers,
				this.events.preSave(entity, persister, false, ModelEvents.changes(persister, dirty, loaded, values)));
		return true;
	}

}
