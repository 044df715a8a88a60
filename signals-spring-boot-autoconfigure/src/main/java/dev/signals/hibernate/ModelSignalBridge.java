package dev.signals.hibernate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.CascadingAction;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.dispatch.BeforeCommitFallback;
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
 * cascade will make and the orphans it will delete. The {@code post_*} events recorded while
 * Hibernate writes are sent once it has finished, after which what their receivers wrote is
 * flushed in a further round.
 */
final class ModelSignalBridge {

	private static final int MAX_ROUNDS = 100;

	private final ModelDispatch dispatch;

	private final String persistenceUnit;

	ModelSignalBridge(ModelDispatch dispatch, String persistenceUnit) {
		this.dispatch = dispatch;
		this.persistenceUnit = persistenceUnit;
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
			dispatchInsideOperation(session, receivers, preSave(entity, persister, true, Map.of()));
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
						announce(session, state, receivers, preSave(each, persister, true, Map.of()));
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
		announce(session, state, receivers, preSave(entity, persister, true, Map.of()));
		return true;
	}

	/**
	 * Send a {@code pre_*} signal ahead of Hibernate's own work. A query of its receivers
	 * must not flush: the flush would write the very entities being announced, before their
	 * receivers have finished. Auto-flush is off, and a query turns it back on only where the
	 * flush cannot reach them (see {@link #beforeFlush}), so that earlier writes of the
	 * transaction stay visible to it.
	 */
	private void announce(EventSource session, SessionState state, ConnectedReceiver[] receivers,
			ModelEvent<?> event) {
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
	 * {@code pre_save} of an insert nothing announced, such as one by a stateless session:
	 * the receivers' changes are copied into the row about to be inserted.
	 */
	void beforeInsert(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			Object[] state) {
		if (!listensBeforeWrites(ModelSignal.PRE_SAVE)) {
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
		if (!(session instanceof EventSource) && listensBeforeWrites(ModelSignal.PRE_SAVE)) {
			preSaveOfRow(session, entity, persister, state, false);
		}
	}

	private void preSaveOfRow(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			Object[] state, boolean created) {
		ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_SAVE,
				persister.getMappedClass());
		if (receivers.length == 0) {
			return;
		}
		dispatchInsideOperation(session, receivers, preSave(entity, persister, created, Map.of()));
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
		if (!(session instanceof EventSource) && listensBeforeWrites(ModelSignal.PRE_DELETE)) {
			ConnectedReceiver[] receivers = this.dispatch.receivers(ModelSignal.PRE_DELETE,
					persister.getMappedClass());
			if (receivers.length > 0) {
				this.dispatch.dispatch(receivers, new PreDelete<>(entity, mappedClass(persister), this.persistenceUnit),
						beforeCommit(session));
			}
		}
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
		if (auto && announcing != null && !reachesAnnounced
				&& announcing.flushModeBeforeAnnouncing == FlushMode.AUTO) {
			// a query of a pre_* receiver: this flush cannot reach what is being announced
			session.setHibernateFlushMode(FlushMode.AUTO);
			announcing.autoFlushing = true;
		}
	}

	/**
	 * Turn auto-flush off again after a query of a {@code pre_*} receiver flushed.
	 */
	void afterAutoFlushWhileAnnouncing(EventSource session) {
		SessionState state = SessionState.peek(session);
		if (state != null && state.autoFlushing && state.announcing > 0) {
			state.autoFlushing = false;
			session.setHibernateFlushMode(FlushMode.MANUAL);
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
		this.dispatch.dispatch(receivers, preSave(entity, persister, false, changes(persister, dirty, loaded, values)),
				beforeCommit(session));
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
				dispatchInsideOperation(session, receivers,
						new PreDelete<>(entity, mappedClass(persister), this.persistenceUnit));
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
					this.dispatch.dispatch(receivers,
							new PreDelete<>(each, mappedClass(eachPersister), this.persistenceUnit),
							beforeCommit(session));
					sent = true;
				}
			}
		}
		return sent;
	}

	private boolean listensBeforeWrites(ModelSignal signal) {
		return this.dispatch.listens(signal);
	}

	/**
	 * Dispatch from inside one of Hibernate's operations (a cascade, a flush, a row being
	 * written), where a query must not flush the session: it would flush the operation's own
	 * half-written state.
	 */
	private void dispatchInsideOperation(SharedSessionContractImplementor session, ConnectedReceiver[] receivers,
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

	void afterInsert(SharedSessionContractImplementor session, Object entity, EntityPersister persister) {
		forgetPreSave(session, entity);
		ConnectedReceiver[] receivers = receivers(ModelSignal.POST_SAVE, persister);
		if (receivers.length > 0) {
			record(session, receivers,
					new PostSave<>(entity, mappedClass(persister), this.persistenceUnit, true, Map.of()));
		}
	}

	void afterUpdate(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			@Nullable Object @Nullable [] oldState, Object[] newState, int @Nullable [] dirty) {
		forgetPreSave(session, entity);
		ConnectedReceiver[] receivers = receivers(ModelSignal.POST_SAVE, persister);
		if (receivers.length > 0) {
			Map<String, Change> changes = (dirty != null) ? changes(persister, dirty, oldState, newState) : Map.of();
			record(session, receivers,
					new PostSave<>(entity, mappedClass(persister), this.persistenceUnit, false, changes));
		}
	}

	void afterDelete(SharedSessionContractImplementor session, Object entity, EntityPersister persister) {
		SessionState state = SessionState.peek(session);
		if (state != null) {
			state.preDeleteSent.remove(entity);
		}
		ConnectedReceiver[] receivers = receivers(ModelSignal.POST_DELETE, persister);
		if (receivers.length > 0) {
			record(session, receivers, new PostDelete<>(entity, mappedClass(persister), this.persistenceUnit));
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
			BeforeCommitFallback beforeCommit = beforeCommit(session);
			while (state.hasPending()) {
				if (++rounds > MAX_ROUNDS) {
					throw new IllegalStateException("Model signal receivers kept writing for " + MAX_ROUNDS
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

	private static @Nullable BeforeCommitFallback beforeCommit(
			SharedSessionContractImplementor session) {
		if (session instanceof EventSource source) {
			return (call) -> SessionState.of(source).beforeCommit(source, call);
		}
		return null;
	}

	private PreSave<Object> preSave(Object entity, EntityPersister persister, boolean created,
			Map<String, Change> changes) {
		return new PreSave<>(entity, mappedClass(persister), this.persistenceUnit, created, changes);
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> mappedClass(EntityPersister persister) {
		return (Class<Object>) persister.getMappedClass();
	}

	private static Map<String, Change> changes(EntityPersister persister, int[] dirty,
			@Nullable Object @Nullable [] oldState, @Nullable Object[] newState) {
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Map<String, Change> changes = new LinkedHashMap<>();
		for (int index : dirty) {
			Object oldValue = (oldState != null) ? oldState[index] : null;
			if (oldState != null && types[index] instanceof ComponentType component) {
				addChanges(changes, names[index], component, oldValue, newState[index]);
			}
			else {
				changes.put(names[index], new Change(oldValue, newState[index]));
			}
		}
		return changes;
	}

	/**
	 * The changed attributes of an embedded value, by their path: a receiver asks whether
	 * the city changed, not whether some part of the address did.
	 */
	private static void addChanges(Map<String, Change> changes, String path, ComponentType component,
			@Nullable Object oldValue, @Nullable Object newValue) {
		String[] names = component.getPropertyNames();
		Type[] types = component.getSubtypes();
		Object[] oldValues = (oldValue != null) ? component.getPropertyValues(oldValue) : new Object[names.length];
		Object[] newValues = (newValue != null) ? component.getPropertyValues(newValue) : new Object[names.length];
		int before = changes.size();
		for (int i = 0; i < names.length; i++) {
			if (!types[i].isEqual(oldValues[i], newValues[i])) {
				if (types[i] instanceof ComponentType nested) {
					addChanges(changes, path + "." + names[i], nested, oldValues[i], newValues[i]);
				}
				else {
					changes.put(path + "." + names[i], new Change(oldValues[i], newValues[i]));
				}
			}
		}
		if (changes.size() == before) {
			changes.put(path, new Change(oldValue, newValue));
		}
	}

}
