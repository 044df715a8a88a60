package dev.signals.hibernate;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;

/**
 * The rule of a stored entity: reloaded by id, or, once deleted, a detached copy of the basic
 * and embedded attribute values it had when it was stored, its associations {@code null}.
 */
final class EntityCopies {

	private EntityCopies() {
	}

	static boolean isStored(Type type) {
		return !type.isAssociationType() && !type.isCollectionType();
	}

	/**
	 * The attribute values a copy is made of.
	 */
	static Map<String, Object> state(EntityPersister persister, Object entity) {
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		Map<String, Object> state = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			if (isStored(types[i])) {
				state.put(names[i], persister.getPropertyValue(entity, i));
			}
		}
		return state;
	}

	/**
	 * The entity as a fresh entity manager finds it, {@code null} once deleted.
	 */
	static @Nullable Object reload(SessionFactoryImplementor sessionFactory, Class<?> entityClass, Object id) {
		EntityManager entityManager = sessionFactory.createEntityManager();
		try {
			return entityManager.find(entityClass, id);
		}
		finally {
			entityManager.close();
		}
	}

	static Object copy(EntityPersister persister, Class<?> entityClass, Object id, JsonNode state,
			JsonMapper jsonMapper) {
		Object copy = BeanUtils.instantiateClass(entityClass);
		persister.setIdentifier(copy, id, null);
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			JsonNode value = state.get(names[i]);
			if (value != null && isStored(types[i])) {
				persister.setPropertyValue(copy, i, jsonMapper.convertValue(value, types[i].getReturnedClass()));
			}
		}
		return copy;
	}

}
