package dev.signals.hibernate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

import dev.signals.Change;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;

/**
 * Builds the events of one persistence unit from what Hibernate knows of an entity, so that
 * every path sends the same sender class and the same {@code changes()}.
 */
final class ModelEvents {

	private final String persistenceUnit;

	ModelEvents(String persistenceUnit) {
		this.persistenceUnit = persistenceUnit;
	}

	PreSave<Object> preSave(Object entity, EntityPersister persister, boolean created, Map<String, Change> changes) {
		return new PreSave<>(entity, mappedClass(persister), this.persistenceUnit, created, changes);
	}

	PostSave<Object> postSave(Object entity, EntityPersister persister, boolean created,
			Map<String, Change> changes) {
		return new PostSave<>(entity, mappedClass(persister), this.persistenceUnit, created, changes);
	}

	PreDelete<Object> preDelete(Object entity, EntityPersister persister) {
		return new PreDelete<>(entity, mappedClass(persister), this.persistenceUnit);
	}

	PostDelete<Object> postDelete(Object entity, EntityPersister persister) {
		return new PostDelete<>(entity, mappedClass(persister), this.persistenceUnit);
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> mappedClass(EntityPersister persister) {
		return (Class<Object>) persister.getMappedClass();
	}

	/**
	 * The changes of the dirty properties, from their old state to their new one.
	 */
	static Map<String, Change> changes(EntityPersister persister, int[] dirty, @Nullable Object @Nullable [] oldState,
			@Nullable Object[] newState) {
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
