package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.internal.ForeignKeys;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingAction;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * Follows an entity's cascades the way Hibernate's own cascade will, before Hibernate starts
 * it, so that the {@code pre_*} receivers of everything a write reaches run while the session
 * may still be queried and written: the rows a removal takes with it, the new entities a
 * persist, a merge or a flush will insert, and the orphans a flush will delete.
 * <p>
 * Elements are copied out of collections before any receiver runs, since a receiver may
 * initialize a collection whose queued additions are being read.
 */
final class CascadeGraph {

	private final EventSource session;

	private final PersistenceContext context;

	private final CascadingAction<?> action;

	/** Whether to walk on through managed entities, which a flush's pass visits by itself. */
	private final boolean throughManaged;

	private @Nullable Map<Object, Boolean> seen;

	private @Nullable List<Object> found;

	private CascadeGraph(EventSource session, CascadingAction<?> action, boolean throughManaged) {
		this.session = session;
		this.context = session.getPersistenceContextInternal();
		this.action = action;
		this.throughManaged = throughManaged;
	}

	/**
	 * The managed entity and everything its removal cascades to, the entity first.
	 */
	static List<Object> removals(EventSource session, Object entity, EntityPersister persister) {
		CascadeGraph graph = new CascadeGraph(session, CascadingActions.REMOVE, true);
		graph.visitRemoval(entity, persister);
		return graph.found();
	}

	/**
	 * The new entities a persist or merge of {@code root} will insert: {@code root} itself if
	 * it is new, and every new entity reached through the action's cascades, through managed
	 * and detached entities alike.
	 */
	static List<Object> newEntities(EventSource session, CascadingAction<?> action, Object root,
			@Nullable String entityName) {
		CascadeGraph graph = new CascadeGraph(session, action, true);
		graph.visitForInsert(root, entityName);
		return graph.found();
	}

	/**
	 * The new entities a flush's cascade will insert from one managed entity: those it
	 * references directly, and those they reference in turn. Allocates nothing more when
	 * there are none, which is nearly always.
	 */
	static List<Object> newEntitiesFrom(EventSource session, Object managed, EntityPersister persister) {
		CascadeGraph graph = new CascadeGraph(session, CascadingActions.PERSIST_ON_FLUSH, false);
		graph.cascadeFrom(managed, persister);
		return graph.found();
	}

	/**
	 * The managed entities a flush will delete as orphans of {@code owner}: elements removed
	 * from its orphan-removal collections and targets unset from its orphan-removal
	 * references.
	 */
	static List<Object> orphans(EventSource session, Object owner, EntityEntry entry) {
		EntityPersister persister = entry.getPersister();
		if (!persister.hasCascades()) {
			return List.of();
		}
		PersistenceContext context = session.getPersistenceContextInternal();
		CascadeStyle[] styles = persister.getPropertyCascadeStyles();
		Type[] types = persister.getPropertyTypes();
		Object[] loaded = entry.getLoadedState();
		List<Object> orphans = new ArrayList<>();
		for (int i = 0; i < types.length; i++) {
			if (!styles[i].hasOrphanDelete()) {
				continue;
			}
			Object value = persister.getValue(owner, i);
			if (types[i] instanceof CollectionType collectionType) {
				if (value instanceof PersistentCollection<?> collection) {
					orphans.addAll(collectionOrphans(context, collection,
							collectionType.getAssociatedEntityName(session.getFactory())));
				}
			}
			else if (types[i] instanceof EntityType && loaded != null && loaded[i] != null && loaded[i] != value) {
				orphans.add(loaded[i]);
			}
		}
		List<Object> managed = new ArrayList<>(orphans.size());
		for (Object orphan : orphans) {
			if (orphan != null) {
				Object entity = context.unproxyAndReassociate(orphan);
				EntityEntry orphanEntry = context.getEntry(entity);
				if (orphanEntry != null && isLive(orphanEntry)) {
					managed.add(entity);
				}
			}
		}
		return managed;
	}

	private static Collection<?> collectionOrphans(PersistenceContext context, PersistentCollection<?> collection,
			String entityName) {
		CollectionEntry entry = context.getCollectionEntry(collection);
		if (entry == null) {
			return List.of();
		}
		if (!collection.wasInitialized()) {
			return collection.hasQueuedOperations() ? List.copyOf(collection.getQueuedOrphans(entityName)) : List.of();
		}
		return (entry.getSnapshot() != null) ? List.copyOf(collection.getOrphans(entry.getSnapshot(), entityName))
				: List.of();
	}

	private void visitRemoval(Object entity, EntityPersister persister) {
		if (!firstVisit(entity)) {
			return;
		}
		found(entity);
		for (Object child : children(entity, persister)) {
			Object managed = this.context.unproxyAndReassociate(child);
			EntityEntry entry = this.context.getEntry(managed);
			if (entry != null && isLive(entry)) {
				visitRemoval(managed, entry.getPersister());
			}
		}
	}

	private void visitForInsert(Object value, @Nullable String entityName) {
		if (value instanceof HibernateProxy proxy) {
			if (proxy.getHibernateLazyInitializer().isUninitialized()) {
				// a reference to a row that exists, and nothing of it is loaded to cascade through
				return;
			}
			value = proxy.getHibernateLazyInitializer().getImplementation();
		}
		EntityEntry entry = this.context.getEntry(value);
		if (entry != null && !this.throughManaged) {
			return;
		}
		if (!firstVisit(value)) {
			return;
		}
		EntityPersister persister;
		if (entry != null) {
			if (!isLive(entry)) {
				return;
			}
			persister = entry.getPersister();
		}
		else {
			persister = this.session.getEntityPersister(entityName, value);
			if (isNew(value, persister)) {
				found(value);
			}
			else if (this.action != CascadingActions.MERGE) {
				// persisting a detached entity fails in Hibernate, and nothing reached from it is written
				return;
			}
		}
		cascadeFrom(value, persister);
	}

	private void cascadeFrom(Object entity, EntityPersister persister) {
		if (!persister.hasCascades()) {
			return;
		}
		CascadeStyle[] styles = persister.getPropertyCascadeStyles();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < types.length; i++) {
			if (styles[i].doCascade(this.action)) {
				Object value = persister.getValue(entity, i);
				if (value != null) {
					cascadeThrough(types[i], styles[i], value);
				}
			}
		}
	}

	private void cascadeThrough(Type type, CascadeStyle style, Object value) {
		if (type instanceof EntityType) {
			visitForInsert(value, null);
		}
		else if (type instanceof CollectionType collectionType) {
			if (collectionType.getElementType(this.session.getFactory()).isEntityType()) {
				for (Object element : elements(collectionType, value)) {
					visitForInsert(element, null);
				}
			}
		}
		else if (type instanceof ComponentType component) {
			Type[] types = component.getSubtypes();
			Object[] values = component.getPropertyValues(value, this.session);
			for (int j = 0; j < types.length; j++) {
				if (values[j] != null && component.getCascadeStyle(j).doCascade(this.action)) {
					cascadeThrough(types[j], component.getCascadeStyle(j), values[j]);
				}
			}
		}
	}

	/**
	 * The elements the action cascades to, copied: reading a collection's queued additions
	 * while a receiver initializes it fails, and a receiver may run before the walk is over.
	 */
	private List<Object> elements(CollectionType collectionType, Object collection) {
		if (this.action != CascadingActions.REMOVE && collection instanceof PersistentCollection<?> persistent
				&& !persistent.wasInitialized() && !persistent.hasQueuedOperations()) {
			// nothing loaded, nothing queued: the action would cascade to nothing here
			return List.of();
		}
		Iterator<?> elements = this.action.getCascadableChildrenIterator(this.session, collectionType, collection);
		if (!elements.hasNext()) {
			return List.of();
		}
		List<Object> copied = new ArrayList<>();
		while (elements.hasNext()) {
			Object element = elements.next();
			if (element != null) {
				copied.add(element);
			}
		}
		return copied;
	}

	private boolean isNew(Object entity, EntityPersister persister) {
		// a persist takes an entity whose state Hibernate cannot tell for new; a merge looks it up
		Boolean assumed = (this.action == CascadingActions.MERGE) ? null : Boolean.TRUE;
		return ForeignKeys.isTransient(persister.getEntityName(), entity, assumed, this.session);
	}

	/**
	 * Whether a merge of an entity not in the persistence context inserts it, as Hibernate's
	 * merge decides: by its id and version, or by looking its row up.
	 */
	static boolean isNewForMerge(EventSource session, Object entity, EntityPersister persister) {
		return ForeignKeys.isTransient(persister.getEntityName(), entity, null, session);
	}

	/**
	 * The entities the action cascades to from one entity, copied out of its collections.
	 */
	private List<Object> children(Object entity, EntityPersister persister) {
		if (!persister.hasCascades()) {
			return List.of();
		}
		List<Object> children = new ArrayList<>();
		CascadeStyle[] styles = persister.getPropertyCascadeStyles();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < types.length; i++) {
			if (styles[i].doCascade(this.action)) {
				Object value = persister.getValue(entity, i);
				if (value != null && types[i] instanceof EntityType) {
					children.add(value);
				}
				else if (value != null && types[i] instanceof CollectionType collectionType
						&& collectionType.getElementType(this.session.getFactory()).isEntityType()) {
					children.addAll(elements(collectionType, value));
				}
			}
		}
		return children;
	}

	private boolean firstVisit(Object entity) {
		if (this.seen == null) {
			this.seen = new IdentityHashMap<>();
		}
		return this.seen.put(entity, Boolean.TRUE) == null;
	}

	private void found(Object entity) {
		if (this.found == null) {
			this.found = new ArrayList<>();
		}
		this.found.add(entity);
	}

	private List<Object> found() {
		return (this.found != null) ? this.found : List.of();
	}

	private static boolean isLive(EntityEntry entry) {
		return entry.getStatus() != Status.DELETED && entry.getStatus() != Status.GONE;
	}

}
