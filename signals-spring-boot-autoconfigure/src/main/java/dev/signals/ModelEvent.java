package dev.signals;

/**
 * What every model signal carries: the entity, its class and the persistence unit that wrote
 * it. A receiver of several model signals declares this type as its parameter.
 *
 * @param <T> the entity type
 * @since 0.1.0
 */
public sealed interface ModelEvent<T> permits PreSave, PostSave, PreDelete, PostDelete {

	/**
	 * The entity being written.
	 * @return the entity instance
	 */
	T instance();

	/**
	 * The entity's class, as Django's {@code sender}.
	 * @return the mapped entity class
	 */
	Class<? extends T> sender();

	/**
	 * The name of the persistence unit that writes the entity, as Django's {@code using}.
	 * @return the persistence unit name, {@code "default"} for Spring Boot's own
	 */
	String persistenceUnit();

	/**
	 * The model signal this event belongs to.
	 * @return one of the {@link ModelSignals} names
	 */
	String signal();

}
