package dev.signals.hibernate;

import java.util.List;
import java.util.Map;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.CascadingAction;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelDispatch;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Decides, for one session factory, when each model signal is sent.
 * <p>
 * Hibernate forbids using the session while it cascades or a flush executes its actions, yet
 * receivers query and write in every signal. So the {@code pre_*} signals of everything an
 * operation will write are sent before Hibernate starts it, found by walking its cascades
 * ({@link CascadeGraph}): ahead of a top-level persist, merge or removal, and in a pass before
 * each flush (the shape of SQLAlchemy's {@code before_flush}) for the updates, the inserts its
 * cascade will make and the orphans it will delete. Writes nothing announced, such as a
 * stateless session's, get theirs as the row is written ({@link RowAnnouncer}). The
 * {@code post_*} events recorded while Hibernate writes are sent once it has finished, after
 * which what their receivers wrote is flushed in a further round ({@link PostSignals}).
 */
final class ModelSignalBridge {

	/**
	 * How many rounds receivers may keep adding to what Hibernate is about to write, or keep
	 * writing after it has, before the bridge stops.
	 */
	static final int MAX_ROUNDS = 100;

	private final ModelDispatch dispatch;

	private final ModelEvents events;

	final SessionDispatch sessionDispatch;

	final RowAnnouncer rows;

	final PostSignals posts;

	ModelSignalBridge(ModelDispatch dispatch, String persistenceUnit) {
		this.dispatch = dispatch;
		this.events = new ModelEvents(persistenceUnit);
		this.sessionDispatch = new SessionDispatch(dispatch);
		this.rows = new RowAnnouncer(dispatch, this.sessionDispatch, this.events);
		this.posts = new PostSignals(dispatch, this.events);
	}

	/**
	 * {@code pre_save} of a new entity and of every new entity its persist cascades to, before
	 * Hibernate takes any of them; repeated while the receivers add to the aggregate.
	 */
	void beforePersist(EventSource session, @Nullable String entityName, @Nullable Object entity) {
		if (entity != null && !(entity instanceof HibernateProxy) && listensBeforeWrites(ModelSignal.PRE_SAVE)) {
			announceNew(session, CascadingActions.PERSIST, entity, entityName);
		}
	}

	/**
	 * {@code pre_save} of an entity Hibernate's own cascade reached, during a persist or a
	 * flush: normally announced already by the walk of that operation, unless a receiver added
	 * it to the aggregate after the walk.
	 */
	void beforeCascadedPersist(EventSource session, @Nullable String entityName, @Nullable Object entity) {
		if (entity == null || entity instanceof HibernateProxy || !listensBeforeWrites(ModelSignal.PRE_SAVE)
				|| session.getPersistenceContextInternal().getEntry(entity) != null) {
			return;
		}
		SessionState state = SessionState.peek(session);
		if (state != null && state.preSaveSent.containsKey(entity)) {
			return;
		}
		EntityPersister persister = session.getEntityPersister(entityName, entity);
		ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE,
				persister.getMappedClass());
		if (receivers.length > 0) {
			SessionState.of(session).preSaveSent.put(entity, SessionState.PERSISTED);
			this.sessionDispatch.dispatchInsideOperation(session, receivers,
					this.events.preSave(entity, persister, true, Map.of()));
		}
	}

	/**
	 * {@code pre_save} of every new entity a merge will insert, before Hibernate copies any of
	 * them: the receivers get the objects the caller passed, and what they change is copied
	 * into the managed copies the merge inserts.
	 */
	void beforeMerge(EventSource session, @Nullable String entityName, @Nullable Object original) {
		if (original == null || original instanceof HibernateProxy || !listensBeforeWrites(ModelSignal.PRE_SAVE)) {
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
		SessionState.MergeScope scope = new SessionState.MergeScope(original);
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
		while (sent && rootPersister.hasCascades() && ++rounds < MAX_ROUNDS);
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
		SessionState.MergeScope scope = state.merge;
		if (original != null && result != null && scope.announced.remove(original) != null) {
			state.preSaveSent.put(result, SessionState.PERSISTED);
		}
		if (topLevel && scope.root == original) {
			state.merge = scope.outer;
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
		while (sent && ++rounds < MAX_ROUNDS);
	}

	private boolean preSaveOfNew(EventSource session, Object entity, EntityPersister persister) {
		ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE,
				persister.getMappedClass());
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

	/**
	 * Announce, before Hibernate's flush starts, everything it will write: {@code pre_save}
	 * of every managed entity it will update and of every new entity its cascade will
	 * insert, {@code pre_delete} of every orphan it will delete; repeated until the receivers
	 * change nothing new.
	 */
	void beforeFlush(EventSource session, boolean auto) {
		boolean preSave = listensBeforeWrites(ModelSignal.PRE_SAVE);
		boolean preDelete = listensBeforeWrites(ModelSignal.PRE_DELETE);
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
								sent |= preSaveOfNew(session, fresh, session.getEntityPersister(null, fresh));
							}
						}
					}
					if (preDelete && entry.getPersister().hasCascades()) {
						for (Object orphan : CascadeGraph.orphans(session, entity, entry)) {
							sent |= announceRemoval(session, orphan, persister(session, orphan));
						}
					}
				}
			}
			while (sent && ++rounds < MAX_ROUNDS);
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

	/**
	 * {@code pre_delete} of an entity whose removal was requested and of all it cascades to,
	 * before Hibernate's cascade deletes anything.
	 */
	void beforeDelete(EventSource session, @Nullable Object object) {
		if (object == null || !listensBeforeWrites(ModelSignal.PRE_DELETE)) {
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
		if (object == null || !listensBeforeWrites(ModelSignal.PRE_DELETE)) {
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

	private static EntityPersister persister(EventSource session, Object managed) {
		return session.getPersistenceContextInternal().getEntry(managed).getPersister();
	}

	private boolean announceRemoval(EventSource session, Object entity, EntityPersister persister) {
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

	private boolean listensBeforeWrites(ModelSignal signal) {
		return this.dispatch.listens(signal);
	}

}
