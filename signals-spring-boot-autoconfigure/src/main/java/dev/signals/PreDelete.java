package dev.signals;

/**
 * The event of the {@code pre_delete} model signal: an entity whose removal was requested, directly or by cascade, before any row of the removal is deleted.
 *
 * @param <T> the entity type
 * @param instance the entity
 * @param sender the entity's class
 * @param persistenceUnit the persistence unit that deletes it
 * @since 0.1.0
 */
public record PreDelete<T>(T instance, Class<? extends T> sender, String persistenceUnit) implements ModelEvent<T> {

	@Override
	public String signal() {
		return ModelSignals.PRE_DELETE;
	}

}
