package dev.signals.hibernate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.ClassUtils;

import dev.signals.delivery.PayloadCodec;

/**
 * Stores the entities in custom payloads as their persistence unit, entity name, id and basic
 * attribute values, and reads them back as stored model events do: reloaded by id in a fresh
 * entity manager, or, for a deleted one, a detached copy with its associations {@code null}.
 */
public final class HibernateEntityReferences implements PayloadCodec.EntityReferences {

	private final HibernateSignalBridge bridge;

	private final JsonMapper jsonMapper;

	private final @Nullable ClassLoader classLoader;

	/**
	 * Create the references of the entities of the connected persistence units.
	 * @param bridge finds the persistence unit that maps an entity
	 * @param jsonMapper reads the stored id and attribute values
	 * @param classLoader the application's class loader, {@code null} for the default one: the
	 * entity class read back must be the one Hibernate maps
	 */
	public HibernateEntityReferences(HibernateSignalBridge bridge, JsonMapper jsonMapper,
			@Nullable ClassLoader classLoader) {
		this.bridge = bridge;
		this.jsonMapper = jsonMapper;
		this.classLoader = classLoader;
	}

	@Override
	public boolean isEntity(Class<?> type) {
		return this.bridge.persistenceUnitOf(type) != null;
	}

	@Override
	public Object reference(Object entity) {
		Class<?> entityClass = Hibernate.getClass(entity);
		String unit = unitOf(entityClass);
		SessionFactoryImplementor sessionFactory = this.bridge.sessionFactory(unit);
		EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(entityClass);
		Object id = sessionFactory.getPersistenceUnitUtil().getIdentifier(entity);
		if (id == null) {
			throw new IllegalArgumentException("The entity " + entityClass.getName()
					+ " in the payload has no id yet: save it before sending the signal");
		}
		Map<String, Object> reference = new LinkedHashMap<>();
		reference.put("unit", unit);
		reference.put("entity", persister.getMappedClass().getName());
		reference.put("id", id);
		reference.put("state", EntityCopies.state(persister, entity));
		return reference;
	}

	@Override
	public Object load(Class<?> type, JsonNode reference) {
		SessionFactoryImplementor sessionFactory = this.bridge.sessionFactory(reference.get("unit").asString());
		Class<?> entityClass = ClassUtils.resolveClassName(reference.get("entity").asString(), this.classLoader);
		EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(entityClass);
		Object id = this.jsonMapper.convertValue(reference.get("id"),
				persister.getIdentifierType().getReturnedClass());
		if (!type.isAssignableFrom(entityClass)) {
			throw new IllegalStateException("The stored entity " + entityClass.getName() + " is no " + type.getName());
		}
		Object entity = EntityCopies.reload(sessionFactory, entityClass, id);
		return (entity != null) ? entity
				: EntityCopies.copy(persister, entityClass, id, reference.get("state"), this.jsonMapper);
	}

	private String unitOf(Class<?> entityClass) {
		String unit = this.bridge.persistenceUnitOf(entityClass);
		if (unit == null) {
			throw new IllegalStateException("No persistence unit that sends model signals maps " + entityClass.getName());
		}
		return unit;
	}

}
