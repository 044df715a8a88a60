package dev.signals.delivery;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Writes the entities in a custom payload as references and reads them back through the
 * {@link PayloadCodec.EntityReferences}, so that a payload holding an entity stores neither
 * its associations nor a copy that a restart would make stale.
 */
final class EntityReferenceModule extends JacksonModule {

	private final PayloadCodec.EntityReferences entities;

	EntityReferenceModule(PayloadCodec.EntityReferences entities) {
		this.entities = entities;
	}

	@Override
	public String getModuleName() {
		return "signals-entity-references";
	}

	@Override
	public Version version() {
		return Version.unknownVersion();
	}

	@Override
	public void setupModule(SetupContext context) {
		ValueSerializer<Object> serializer = new ValueSerializer<>() {

			@Override
			public void serialize(Object entity, JsonGenerator generator, SerializationContext serialization) {
				serialization.writeValue(generator, EntityReferenceModule.this.entities.reference(entity));
			}

		};
		context.addSerializers(new Serializers.Base() {

			@Override
			public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
					BeanDescription.Supplier beanDescription, JsonFormat.Value format) {
				return EntityReferenceModule.this.entities.isEntity(type.getRawClass()) ? serializer : null;
			}

		});
		context.addDeserializers(new Deserializers.Base() {

			@Override
			public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
					BeanDescription.Supplier beanDescription) {
				Class<?> entityType = type.getRawClass();
				if (!EntityReferenceModule.this.entities.isEntity(entityType)) {
					return null;
				}
				return new ValueDeserializer<Object>() {

					@Override
					public Object deserialize(JsonParser parser, DeserializationContext deserialization) {
						return EntityReferenceModule.this.entities.load(entityType, deserialization.readTree(parser));
					}

				};
			}

			@Override
			public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
				return EntityReferenceModule.this.entities.isEntity(valueType);
			}

		});
	}

}
