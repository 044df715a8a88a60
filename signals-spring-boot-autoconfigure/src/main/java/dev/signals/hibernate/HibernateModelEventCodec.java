package dev.signals.hibernate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.ClassUtils;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.delivery.PayloadCodec;
import dev.signals.dispatch.ModelSignal;

/**
 * Stores a model event for a durable receiver so that, after a restart, the receiver sees what
 * it would have seen: the signal, the sender, {@code created()}, {@code changes()} and the
 * entity, reloaded by id, or, for a deleted one, a detached copy of its attribute values at the
 * time of the event. Only basic and embedded attributes are stored: associations of a copy are
 * {@code null}, and the changes of associations are left out.
 */
public final class HibernateModelEventCodec implements PayloadCodec.ModelEventCodec {

	private final HibernateSignalBridge bridge;

	private final JsonMapper jsonMapper;

	private final @Nullable ClassLoader classLoader;

	/**
	 * Create the codec of the model events of the connected persistence units.
	 * @param bridge finds the session factory of an event's persistence unit
	 * @param jsonMapper writes and reads the stored JSON
	 * @param classLoader the application's class loader, {@code null} for the default one: the
	 * entity class read back must be the one Hibernate maps, which a restarting class loader such
	 * as DevTools' defines apart from the library's
	 */
	public HibernateModelEventCodec(HibernateSignalBridge bridge, JsonMapper jsonMapper,
			@Nullable ClassLoader classLoader) {
		this.bridge = bridge;
		this.jsonMapper = jsonMapper;
		this.classLoader = classLoader;
	}

	@Override
	public String encode(ModelEvent<?> event) {
		SessionFactoryImplementor sessionFactory = this.bridge.sessionFactory(event.persistenceUnit());
		EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(event.sender());
		Object entity = event.instance();
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("signal", event.signal());
		stored.put("unit", event.persistenceUnit());
		stored.put("entity", persister.getMappedClass().getName());
		stored.put("id", sessionFactory.getPersistenceUnitUtil().getIdentifier(entity));
		stored.put("state", EntityCopies.state(persister, entity));
		if (event instanceof PreSave<?> preSave) {
			stored.put("created", preSave.created());
			stored.put("changes", changes(persister, preSave.changes()));
		}
		else if (event instanceof PostSave<?> postSave) {
			stored.put("created", postSave.created());
			stored.put("changes", changes(persister, postSave.changes()));
		}
		return this.jsonMapper.writeValueAsString(stored);
	}

	private static Map<String, Object> changes(EntityPersister persister, Map<String, Change> changes) {
		Map<String, Object> stored = new LinkedHashMap<>();
		changes.forEach((name, change) -> {
			if (EntityCopies.isStored(persister.getPropertyType(name))) {
				Map<String, Object> values = new LinkedHashMap<>();
				values.put("old", change.oldValue());
				values.put("new", change.newValue());
				stored.put(name, values);
			}
		});
		return stored;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public ModelEvent<?> decode(String json) {
		JsonNode stored = this.jsonMapper.readTree(json);
		String unit = stored.get("unit").asString();
		String signal = stored.get("signal").asString();
		SessionFactoryImplementor sessionFactory = this.bridge.sessionFactory(unit);
		Class<?> entityClass = ClassUtils.resolveClassName(stored.get("entity").asString(), this.classLoader);
		EntityPersister persister = sessionFactory.getMappingMetamodel().getEntityDescriptor(entityClass);
		Object id = this.jsonMapper.convertValue(stored.get("id"), persister.getIdentifierType().getReturnedClass());
		ModelSignal modelSignal = ModelSignal.named(signal);
		if (modelSignal == null) {
			throw new IllegalStateException("Stored delivery names '" + signal + "', which is not a model signal");
		}
		Object instance = modelSignal.isDelete() ? null : EntityCopies.reload(sessionFactory, entityClass, id);
		if (instance == null) {
			instance = EntityCopies.copy(persister, entityClass, id, stored.get("state"), this.jsonMapper);
		}
		boolean created = !modelSignal.isDelete() && stored.get("created").asBoolean();
		Map<String, Change> changes = modelSignal.isDelete() ? Map.of() : changes(persister, stored.get("changes"));
		return modelSignal.event(instance, entityClass, unit, created, changes);
	}

	private Map<String, Change> changes(EntityPersister persister, JsonNode stored) {
		Map<String, Change> changes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : stored.properties()) {
			Class<?> type = persister.getPropertyType(entry.getKey()).getReturnedClass();
			changes.put(entry.getKey(), new Change(this.jsonMapper.convertValue(entry.getValue().get("old"), type),
					this.jsonMapper.convertValue(entry.getValue().get("new"), type)));
		}
		return changes;
	}

}
