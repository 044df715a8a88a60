package dev.signals.delivery;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.signals.ModelEvent;

/**
 * Turns a durable call's payload into the JSON stored with its delivery and back: custom
 * payloads with the application's JSON mapper, model events through a {@link ModelEventCodec}.
 * Encoding happens as the signal is sent, so a payload that cannot be stored fails the send.
 * A custom payload is read back as the payload type its signal declares now, not as the class
 * named in the record, so that renaming or moving a payload class strands no delivery.
 */
public final class PayloadCodec {

	static final String MODEL_EVENT = "model-event";

	private final JsonMapper jsonMapper;

	private final @Nullable ModelEventCodec modelEvents;

	/** Payload classes already written and read back once: the check costs a JSON read. */
	private final Set<Class<?>> readable = ConcurrentHashMap.newKeySet();

	/**
	 * Create the codec of the application's payloads.
	 * @param jsonMapper the application's JSON mapper, which writes and reads custom payloads
	 * @param modelEvents stores model events, {@code null} without Hibernate
	 * @param entities stores the entities in custom payloads by reference, {@code null} without
	 * Hibernate; the codec gets its own copy of the mapper for them, the application's is left as
	 * it is
	 */
	public PayloadCodec(JsonMapper jsonMapper, @Nullable ModelEventCodec modelEvents,
			@Nullable EntityReferences entities) {
		this.jsonMapper = (entities != null)
				? jsonMapper.rebuild().addModule(new EntityReferenceModule(entities)).build() : jsonMapper;
		this.modelEvents = modelEvents;
	}

	Encoded encode(String receiver, Object payload) {
		if (payload instanceof ModelEvent<?> event) {
			if (this.modelEvents == null) {
				throw new IllegalStateException("Durable receiver " + receiver + " needs Hibernate to store model events");
			}
			return new Encoded(MODEL_EVENT, this.modelEvents.encode(event));
		}
		try {
			String json = this.jsonMapper.writeValueAsString(payload);
			// the class name is stored for people reading the table; it is never resolved
			// reading back now, not after a crash, is when an unusable payload is still the sender's problem
			if (!this.readable.contains(payload.getClass())) {
				this.jsonMapper.readValue(json, payload.getClass());
				this.readable.add(payload.getClass());
			}
			return new Encoded(payload.getClass().getName(), json);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("The payload " + payload.getClass().getName() + " of durable receiver "
					+ receiver + " cannot be stored as JSON and read back: " + ex.getMessage()
					+ ". Make it a record or bean Jackson can write and read", ex);
		}
	}

	/**
	 * Read a stored payload back.
	 * @param type the stored type: the model event marker, or the class name a custom payload had
	 * when it was sent, which is not used
	 * @param payloadType the payload type the delivery's signal declares, from the application's
	 * class loader also under a restarting one such as DevTools'
	 */
	Object decode(String type, String json, Class<?> payloadType) {
		if (MODEL_EVENT.equals(type)) {
			if (this.modelEvents == null) {
				throw new IllegalStateException("A stored model event needs Hibernate to be read");
			}
			return this.modelEvents.decode(json);
		}
		return this.jsonMapper.readValue(json, payloadType);
	}

	record Encoded(String type, String json) {
	}

	/**
	 * Stores model events: the entity by id, its attribute values and the changes.
	 */
	public interface ModelEventCodec {

		/**
		 * Store a model event as it is sent.
		 * @param event the event
		 * @return the JSON of the event
		 */
		String encode(ModelEvent<?> event);

		/**
		 * Read a stored model event back, for retries and calls an instance did not finish.
		 * @param json the JSON that {@link #encode} wrote
		 * @return the event as the receiver would have seen it
		 */
		ModelEvent<?> decode(String json);

	}

	/**
	 * Stores the entities in custom payloads by reference: reloaded by id on delivery, or, for
	 * one deleted meanwhile, a detached copy of its attribute values as it was sent.
	 */
	public interface EntityReferences {

		/**
		 * Whether values of a type are entities, stored by reference.
		 * @param type a type in a payload
		 * @return whether it is a mapped entity class
		 */
		boolean isEntity(Class<?> type);

		/**
		 * The reference to store for an entity as it is sent.
		 * @param entity the entity, which must have its id
		 * @return what identifies the entity and the attribute values of a copy
		 */
		Object reference(Object entity);

		/**
		 * The entity of a stored reference, for retries and calls an instance did not finish.
		 * @param type the type the payload declares
		 * @param reference what {@link #reference} returned, read back as a tree
		 * @return the entity, reloaded or copied
		 */
		Object load(Class<?> type, JsonNode reference);

	}

}
