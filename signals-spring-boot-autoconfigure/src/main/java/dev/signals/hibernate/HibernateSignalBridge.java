package dev.signals.hibernate;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.signals.dispatch.ModelDispatch;

/**
 * Connects session factories to the dispatcher: registers the bridge's listeners with each
 * one's event listener registry, once.
 */
public final class HibernateSignalBridge {

	private final ModelDispatch dispatch;

	private final Map<SessionFactoryImplementor, String> connected = Collections
		.synchronizedMap(new IdentityHashMap<>());

	private final List<RowListeners> rowListeners = new CopyOnWriteArrayList<>();

	/**
	 * Create the bridge to a dispatcher, connected to no session factory yet.
	 * @param dispatch the dispatcher, told of every entity write
	 */
	public HibernateSignalBridge(ModelDispatch dispatch) {
		this.dispatch = dispatch;
		dispatch.onReceiversChanged(this::listenToRowsIfNeeded);
	}

	/**
	 * Make an entity manager factory's writes send model signals.
	 * @param entityManagerFactory a factory whose provider is Hibernate
	 * @return whether it was connected now rather than before
	 */
	public boolean connect(EntityManagerFactory entityManagerFactory) {
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		String persistenceUnit = persistenceUnitName(entityManagerFactory, sessionFactory);
		if (this.connected.putIfAbsent(sessionFactory, persistenceUnit) != null) {
			return false;
		}
		if (sessionFactory.getSessionFactoryOptions().getStatementInspector() instanceof BulkOperationInspector bulk) {
			bulk.attach(sessionFactory);
		}
		ModelSignalBridge bridge = new ModelSignalBridge(this.dispatch, persistenceUnit);
		BeforeWriteListener before = new BeforeWriteListener(bridge.persists, bridge.merges, bridge.removals,
				bridge.flushes);
		AfterWriteListener after = new AfterWriteListener(bridge.merges, bridge.posts, bridge.sessionDispatch);
		RowWriteListener rows = new RowWriteListener(bridge.rows, bridge.posts);
		EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
		group(registry, EventType.PERSIST).prependListener(before);
		group(registry, EventType.PERSIST_ONFLUSH).prependListener(before);
		group(registry, EventType.MERGE).prependListener(before);
		group(registry, EventType.DELETE).prependListener(before);
		group(registry, EventType.FLUSH).prependListener(before);
		group(registry, EventType.AUTO_FLUSH).prependListener(before);
		group(registry, EventType.PERSIST).appendListener(after);
		group(registry, EventType.MERGE).appendListener(after);
		group(registry, EventType.FLUSH).appendListener(after);
		group(registry, EventType.AUTO_FLUSH).appendListener(after);
		this.rowListeners.add(new RowListeners(registry, rows, new AtomicBoolean()));
		listenToRowsIfNeeded();
		return true;
	}

	/**
	 * Hibernate creates its per-row event objects only for event types that have listeners, so
	 * the row listener joins once some model receiver exists: with none, writes allocate
	 * nothing more than without the starter.
	 */
	private void listenToRowsIfNeeded() {
		if (!this.dispatch.hasModelReceivers()) {
			return;
		}
		for (RowListeners listeners : this.rowListeners) {
			if (listeners.added().compareAndSet(false, true)) {
				group(listeners.registry(), EventType.PRE_INSERT).appendListener(listeners.listener());
				group(listeners.registry(), EventType.POST_INSERT).appendListener(listeners.listener());
				group(listeners.registry(), EventType.POST_UPDATE).appendListener(listeners.listener());
				group(listeners.registry(), EventType.POST_DELETE).appendListener(listeners.listener());
				group(listeners.registry(), EventType.PRE_UPDATE).appendListener(listeners.listener());
				group(listeners.registry(), EventType.PRE_DELETE).appendListener(listeners.listener());
				group(listeners.registry(), EventType.PRE_UPSERT).appendListener(listeners.listener());
				group(listeners.registry(), EventType.POST_UPSERT).appendListener(listeners.listener());
			}
		}
	}

	private record RowListeners(EventListenerRegistry registry, RowWriteListener listener, AtomicBoolean added) {
	}

	/**
	 * The connected session factory of a persistence unit, where a stored model event reloads
	 * its entity.
	 * @param persistenceUnit the persistence unit's name, as model events carry it
	 * @return the session factory
	 * @throws IllegalStateException if none is connected under that name
	 */
	public SessionFactoryImplementor sessionFactory(String persistenceUnit) {
		synchronized (this.connected) {
			for (Map.Entry<SessionFactoryImplementor, String> entry : this.connected.entrySet()) {
				if (entry.getValue().equals(persistenceUnit)) {
					return entry.getKey();
				}
			}
		}
		throw new IllegalStateException("No persistence unit named '" + persistenceUnit + "' sends model signals");
	}

	/**
	 * The connected persistence unit that maps an entity class, where an entity in a stored
	 * payload is reloaded.
	 * @param type a class
	 * @return the persistence unit's name, {@code null} if no connected one maps the class
	 */
	public @Nullable String persistenceUnitOf(Class<?> type) {
		synchronized (this.connected) {
			for (Map.Entry<SessionFactoryImplementor, String> entry : this.connected.entrySet()) {
				if (entry.getKey().getMappingMetamodel().findEntityDescriptor(type) != null) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	private static <T> EventListenerGroup<T> group(EventListenerRegistry registry, EventType<T> type) {
		return registry.getEventListenerGroup(type);
	}

	private static String persistenceUnitName(EntityManagerFactory entityManagerFactory,
			SessionFactoryImplementor sessionFactory) {
		if (entityManagerFactory instanceof EntityManagerFactoryInfo info && info.getPersistenceUnitName() != null) {
			return info.getPersistenceUnitName();
		}
		String name = sessionFactory.getName();
		return (name != null) ? name : "default";
	}

	/**
	 * The entity classes of entity manager factories, against which the senders of receiver
	 * methods are checked.
	 * @param entityManagerFactories the factories
	 * @return the classes of their entities, without duplicates
	 */
	public static Set<Class<?>> entityClasses(Collection<EntityManagerFactory> entityManagerFactories) {
		Set<Class<?>> classes = new LinkedHashSet<>();
		for (EntityManagerFactory entityManagerFactory : entityManagerFactories) {
			for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
				classes.add(entity.getJavaType());
			}
		}
		return classes;
	}

	/**
	 * Flush every persistence context bound to the current transaction, unless it flushes
	 * manually; run before commit so that writes the commit would flush send their signals
	 * while before-commit receivers can still see them.
	 */
	public static void flushTransactionalEntityManagers() {
		// copied: a flush may bind further resources as its receivers run
		for (Object resource : List.copyOf(TransactionSynchronizationManager.getResourceMap().values())) {
			if (resource instanceof EntityManagerHolder holder) {
				EntityManager entityManager = holder.getEntityManager();
				if (entityManager.isOpen() && entityManager.isJoinedToTransaction()
						&& entityManager.unwrap(Session.class).getHibernateFlushMode() != FlushMode.MANUAL) {
					entityManager.flush();
				}
			}
		}
	}

}
