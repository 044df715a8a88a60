package dev.signals.delivery;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
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
	 */
	public PayloadCodec(JsonMapper jsonMapper, @Nullable ModelEventCodec modelEvents) {
		this.jsonMapper = jsonMapper;
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

}
