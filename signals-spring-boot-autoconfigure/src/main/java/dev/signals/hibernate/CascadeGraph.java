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

	private final Map<Object, Boolean> seen = new IdentityHashMap<>();

	private final List<Object> found = new ArrayList<>();

	private CascadeGraph(EventSource session, CascadingAction<?> action) {
		this.session = session;
		this.context = session.getPersistenceContextInternal();
		this.action = action;
	}

	/**
	 * The managed entity and everything its removal cascades to, the entity first.
	 */
	static List<Object> removals(EventSource session, Object entity, EntityPersister persister) {
		CascadeGraph graph = new CascadeGraph(session, CascadingActions.REMOVE);
		graph.visitRemoval(entity, persister);
		return graph.found;
	}

	/**
	 * The new entities a persist or merge of {@code root}, or a flush cascading from it, will
	 * insert: {@code root} itself if it is new, and every new entity reached through the
	 * action's cascades, through managed and detached entities alike.
	 */
	static List<Object> newEntities(EventSource session, CascadingAction<?> action, Object root,
			@Nullable String entityName) {
		CascadeGraph graph = new CascadeGraph(session, action);
		graph.visitForInsert(root, entityName);
		return graph.found;
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
		if (this.seen.put(entity, Boolean.TRUE) != null) {
			return;
		}
		this.found.add(entity);
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
		if (this.seen.put(value, Boolean.TRUE) != null) {
			return;
		}
		EntityEntry entry = this.context.getEntry(value);
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
				this.found.add(value);
			}
			else if (this.action != CascadingActions.MERGE) {
				// persisting a detached entity fails in Hibernate, and nothing reached from it is written
				return;
			}
		}
		for (Object child : children(value, persister)) {
			visitForInsert(child, null);
		}
	}

	private boolean isNew(Object entity, EntityPersister persister) {
		// a persist takes an entity whose state Hibernate cannot tell for new; a merge looks it up
		Boolean assumed = (this.action == CascadingActions.MERGE) ? null : Boolean.TRUE;
		return ForeignKeys.isTransient(persister.getEntityName(), entity, assumed, this.session);
	}

	/**
	 * The entities the action cascades to from one entity, copied out of its collections.
	 */
	private List<Object> children(Object entity, EntityPersister persister) {
		if (!persister.hasCascades()) {
			return List.of();
		}
		List<Object> children = new ArrayList<>();
		addChildren(children, persister.getPropertyTypes(), persister.getPropertyCascadeStyles(),
				persister.getValues(entity));
		return children;
	}

	private void addChildren(List<Object> children, Type[] types, CascadeStyle[] styles,
			@Nullable Object[] values) {
		for (int i = 0; i < types.length; i++) {
			Object value = values[i];
			if (value == null || !styles[i].doCascade(this.action)) {
				continue;
			}
			if (types[i] instanceof EntityType) {
				children.add(value);
			}
			else if (types[i] instanceof CollectionType collectionType) {
				if (!collectionType.getElementType(this.session.getFactory()).isEntityType()) {
					continue;
				}
				Iterator<?> elements = this.action.getCascadableChildrenIterator(this.session, collectionType, value);
				while (elements.hasNext()) {
					Object element = elements.next();
					if (element != null) {
						children.add(element);
					}
				}
			}
			else if (types[i] instanceof ComponentType component) {
				CascadeStyle[] componentStyles = new CascadeStyle[component.getSubtypes().length];
				for (int j = 0; j < componentStyles.length; j++) {
					componentStyles[j] = component.getCascadeStyle(j);
				}
				addChildren(children, component.getSubtypes(), componentStyles,
						component.getPropertyValues(value, this.session));
			}
		}
	}

	private static boolean isLive(EntityEntry entry) {
		return entry.getStatus() != Status.DELETED && entry.getStatus() != Status.GONE;
	}

}
