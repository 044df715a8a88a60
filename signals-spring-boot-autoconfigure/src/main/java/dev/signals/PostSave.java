package dev.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event of the {@code post_save} model signal: an entity after its row was inserted or updated, inside the same transaction.
 *
 * @param <T> the entity type
 * @param instance the entity
 * @param sender the entity's class
 * @param persistenceUnit the persistence unit that writes it
 * @param created whether the row is inserted rather than updated
 * @param changes for an update, exactly the attributes that changed, by name (an embedded value's
 * attributes by their path, such as {@code "address.city"}); empty for an insert
 * @since 0.1.0
 */
public record PostSave<T>(T instance, Class<? extends T> sender, String persistenceUnit, boolean created,
		Map<String, Change> changes) implements ModelEvent<T> {

	/**
	 * Create an event; the changes are copied.
	 * @param instance the entity
	 * @param sender the entity's class
	 * @param persistenceUnit the persistence unit that writes it
	 * @param created whether the row is inserted rather than updated
	 * @param changes the changed attributes by name, in the entity's attribute order
	 */
	public PostSave {
		changes = changes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
	}

	/**
	 * Tell whether an attribute changed in this update.
	 * @param attribute the attribute name, or the name of an embedded attribute to ask
	 * whether any of its attributes changed
	 * @return {@code true} if it or, for an embedded attribute, one of its attributes is
	 * among {@link #changes()}
	 */
	public boolean hasChanged(String attribute) {
		return Change.isChanged(this.changes, attribute);
	}

	@Override
	public String signal() {
		return ModelSignals.POST_SAVE;
	}

}
