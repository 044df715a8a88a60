package dev.signals;

/**
 * The event of the {@code post_delete} model signal: an entity whose row was deleted, inside the same transaction.
 *
 * @param <T> the entity type
 * @param instance the entity
 * @param sender the entity's class
 * @param persistenceUnit the persistence unit that deletes it
 * @since 0.1.0
 */
public record PostDelete<T>(T instance, Class<? extends T> sender, String persistenceUnit) implements ModelEvent<T> {

	@Override
	public String signal() {
		return ModelSignals.POST_DELETE;
	}

}
