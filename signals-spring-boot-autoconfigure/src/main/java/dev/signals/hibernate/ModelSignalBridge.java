package dev.signals.hibernate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.support.ConnectedReceiver;
import dev.signals.support.DefaultSignals;
import dev.signals.support.ReceiverRegistry;
import dev.signals.support.TransactionPhases;

/**
 * Decides, for one session factory, when each model signal is sent.
 * <p>
 * Hibernate forbids using the session while a flush executes its actions, yet receivers
 * query in {@code pre_save} and write in {@code post_save}. So {@code pre_save} of an update is
 * sent in a pass before the flush (the shape of SQLAlchemy's {@code before_flush}),
 * {@code pre_save} of an insert as the entity is persisted, {@code pre_delete} as removal is
 * requested, and the {@code post_*} events recorded while the flush writes are sent once it
 * has finished, after which what their receivers wrote is flushed in a further round.
 */
final class ModelSignalBridge {

	private static final int MAX_ROUNDS = 100;

	private final DefaultSignals signals;

	private final ReceiverRegistry registry;

	private final String persistenceUnit;

	ModelSignalBridge(DefaultSignals signals, String persistenceUnit) {
		this.signals = signals;
		this.registry = signals.registry();
		this.persistenceUnit = persistenceUnit;
	}

	/**
	 * {@code pre_save} of a new entity, before Hibernate takes its state for the insert.
	 */
	void beforePersist(EventSource session, @Nullable String entityName, @Nullable Object entity) {
		if (entity == null || entity instanceof HibernateProxy
				|| !this.registry.hasModelReceivers(ReceiverRegistry.PRE_SAVE)
				|| session.getPersistenceContextInternal().getEntry(entity) != null) {
			return;
		}
		EntityPersister persister = session.getEntityPersister(entityName, entity);
		ConnectedReceiver[] receivers = receivers(ReceiverRegistry.PRE_SAVE, persister);
		if (receivers.length == 0) {
			return;
		}
		SessionState state = SessionState.of(session);
		if (state.preSaveSent.putIfAbsent(entity, SessionState.PERSISTED) == null) {
			this.signals.dispatch(receivers, preSave(entity, persister, true, Map.of()), beforeCommit(session));
		}
	}

	/**
	 * {@code pre_save} of an insert no persist event announced, such as the merge of a new
	 * entity: the receivers' changes are copied into the row about to be inserted.
	 */
	void beforeInsert(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			Object[] state) {
		if (!this.registry.hasModelReceivers(ReceiverRegistry.PRE_SAVE)) {
			return;
		}
		SessionState sessionState = SessionState.peek(session);
		if (sessionState != null && sessionState.preSaveSent.containsKey(entity)) {
			return;
		}
		ConnectedReceiver[] receivers = receivers(ReceiverRegistry.PRE_SAVE, persister);
		if (receivers.length == 0) {
			return;
		}
		this.signals.dispatch(receivers, preSave(entity, persister, true, Map.of()), beforeCommit(session));
		Object[] values = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < values.length; i++) {
			if (!types[i].isCollectionType() && !Objects.equals(values[i], state[i])) {
				state[i] = values[i];
			}
		}
	}

	/**
	 * {@code pre_save} of every managed entity the coming flush will update, repeated until the
	 * receivers dirty nothing new.
	 */
	void beforeFlush(EventSource session) {
		if (!this.registry.hasModelReceivers(ReceiverRegistry.PRE_SAVE) || this.signals.isMuted()) {
			return;
		}
		PersistenceContext context = session.getPersistenceContextInternal();
		if (context.getNumberOfManagedEntities() == 0) {
			return;
		}
		FlushMode flushMode = null;
		try {
			boolean sent;
			do {
				sent = false;
				for (Map.Entry<Object, EntityEntry> managed : context.reentrantSafeEntityEntries()) {
					Object entity = managed.getKey();
					EntityEntry entry = managed.getValue();
					ConnectedReceiver[] receivers = receiversOfPendingUpdate(session, entity, entry);
					if (receivers.length > 0) {
						if (flushMode == null) {
							// queries of pre_save receivers see the rows as they are before this flush,
							// rather than flushing the very entity whose pre_save is running
							flushMode = session.getHibernateFlushMode();
							session.setHibernateFlushMode(FlushMode.MANUAL);
						}
						sent |= preSaveIfDirty(session, entity, entry, receivers);
					}
				}
			}
			while (sent);
		}
		finally {
			if (flushMode != null) {
				session.setHibernateFlushMode(flushMode);
			}
		}
	}

	private ConnectedReceiver[] receiversOfPendingUpdate(EventSource session, Object entity, EntityEntry entry) {
		Object[] loaded = entry.getLoadedState();
		if (entry.getStatus() != Status.MANAGED || !entry.isExistsInDatabase() || entry.isReadOnly()
				|| loaded == null) {
			return ReceiverRegistry.NONE;
		}
		SessionState state = SessionState.peek(session);
		if (state != null && state.preSaveSent.get(entity) == loaded) {
			return ReceiverRegistry.NONE;
		}
		return this.registry.modelReceivers(ReceiverRegistry.PRE_SAVE, entry.getPersister().getMappedClass());
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
		this.signals.dispatch(receivers, preSave(entity, persister, false, changes(persister, dirty, loaded, values)),
				beforeCommit(session));
		return true;
	}

	/**
	 * {@code pre_delete} of an entity and, when its removal was requested directly, of all it
	 * cascades to, before Hibernate's cascade deletes anything.
	 */
	void beforeDelete(EventSource session, @Nullable Object object, boolean requested) {
		if (object == null || !this.registry.hasModelReceivers(ReceiverRegistry.PRE_DELETE)
				|| this.signals.isMuted()) {
			return;
		}
		PersistenceContext context = session.getPersistenceContextInternal();
		Object entity = context.unproxyAndReassociate(object);
		EntityEntry entry = context.getEntry(entity);
		if (entry == null || entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE) {
			return;
		}
		SessionState state = SessionState.of(session);
		if (!requested) {
			if (state.preDeleteSent.putIfAbsent(entity, Boolean.TRUE) == null) {
				preDelete(session, entity, entry.getPersister());
			}
			return;
		}
		List<Object> removed = CascadeRemovals.of(session, entity, entry.getPersister());
		for (Object each : removed) {
			if (state.preDeleteSent.putIfAbsent(each, Boolean.TRUE) == null) {
				preDelete(session, each, context.getEntry(each).getPersister());
			}
		}
	}

	private void preDelete(EventSource session, Object entity, EntityPersister persister) {
		ConnectedReceiver[] receivers = this.registry.modelReceivers(ReceiverRegistry.PRE_DELETE,
				persister.getMappedClass());
		if (receivers.length > 0) {
			this.signals.dispatch(receivers, new PreDelete<>(entity, mappedClass(persister), this.persistenceUnit),
					beforeCommit(session));
		}
	}

	void afterInsert(SharedSessionContractImplementor session, Object entity, EntityPersister persister) {
		forgetPreSave(session, entity);
		ConnectedReceiver[] receivers = receivers(ReceiverRegistry.POST_SAVE, persister);
		if (receivers.length > 0) {
			record(session, receivers,
					new PostSave<>(entity, mappedClass(persister), this.persistenceUnit, true, Map.of()));
		}
	}

	void afterUpdate(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
			@Nullable Object @Nullable [] oldState, Object[] newState, int @Nullable [] dirty) {
		forgetPreSave(session, entity);
		ConnectedReceiver[] receivers = receivers(ReceiverRegistry.POST_SAVE, persister);
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
		ConnectedReceiver[] receivers = receivers(ReceiverRegistry.POST_DELETE, persister);
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

	private ConnectedReceiver[] receivers(int signal, EntityPersister persister) {
		if (!this.registry.hasModelReceivers(signal) || this.signals.isMuted()) {
			return ReceiverRegistry.NONE;
		}
		return this.registry.modelReceivers(signal, persister.getMappedClass());
	}

	private void record(SharedSessionContractImplementor session, ConnectedReceiver[] receivers, ModelEvent<?> event) {
		if (session instanceof EventSource) {
			SessionState.of(session).add(receivers, event);
		}
		else {
			// a stateless session writes at once and has nothing to flush later
			this.signals.dispatch(receivers, event, null);
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
			TransactionPhases.BeforeCommitFallback beforeCommit = beforeCommit(session);
			while (state.hasPending()) {
				if (++rounds > MAX_ROUNDS) {
					throw new IllegalStateException("Model signal receivers kept writing for " + MAX_ROUNDS
							+ " flush rounds; a receiver probably saves the entity that triggers it on every save");
				}
				for (SessionState.Pending pending : state.takePending()) {
					this.signals.dispatch(pending.receivers(), pending.event(), beforeCommit);
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

	private static TransactionPhases.@Nullable BeforeCommitFallback beforeCommit(
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
		Map<String, Change> changes = new LinkedHashMap<>();
		for (int index : dirty) {
			changes.put(names[index], new Change((oldState != null) ? oldState[index] : null, newState[index]));
		}
		return changes;
	}

}
