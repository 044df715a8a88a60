package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

/**
 * Finds every managed entity that removing one entity removes by cascade, following the same
 * cascade styles Hibernate follows, so that all their {@code pre_delete} receivers run before
 * Hibernate's cascade starts and can still query every row.
 */
final class CascadeRemovals {

	private final EventSource session;

	private final PersistenceContext context;

	private final Map<Object, Boolean> seen = new IdentityHashMap<>();

	private final List<Object> removed = new ArrayList<>();

	private CascadeRemovals(EventSource session) {
		this.session = session;
		this.context = session.getPersistenceContextInternal();
	}

	/**
	 * The entity and everything its removal cascades to, the entity first.
	 */
	static List<Object> of(EventSource session, Object entity, EntityPersister persister) {
		CascadeRemovals removals = new CascadeRemovals(session);
		removals.visit(entity, persister);
		return removals.removed;
	}

	private void visit(Object entity, EntityPersister persister) {
		if (this.seen.put(entity, Boolean.TRUE) != null) {
			return;
		}
		this.removed.add(entity);
		if (!persister.hasCascades()) {
			return;
		}
		CascadeStyle[] styles = persister.getPropertyCascadeStyles();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < types.length; i++) {
			if (!styles[i].doCascade(CascadingActions.REMOVE)) {
				continue;
			}
			Object value = persister.getValue(entity, i);
			if (value == null) {
				continue;
			}
			if (types[i] instanceof EntityType) {
				visitChild(value);
			}
			else if (types[i] instanceof CollectionType collectionType) {
				Iterator<?> elements = CascadingActions.getAllElementsIterator(this.session, collectionType, value);
				while (elements.hasNext()) {
					Object element = elements.next();
					if (element != null) {
						visitChild(element);
					}
				}
			}
		}
	}

	private void visitChild(Object child) {
		Object entity = this.context.unproxyAndReassociate(child);
		EntityEntry entry = this.context.getEntry(entity);
		if (entry != null && entry.getStatus() != Status.DELETED && entry.getStatus() != Status.GONE) {
			visit(entity, entry.getPersister());
		}
	}

}
