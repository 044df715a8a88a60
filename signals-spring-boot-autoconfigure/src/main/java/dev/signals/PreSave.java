package dev.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event of the {@code pre_save} model signal: an entity before its row is inserted or updated. Attributes a receiver changes on {@link #instance()} are written.
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
public record PreSave<T>(T instance, Class<? extends T> sender, String persistenceUnit, boolean created,
		Map<String, Change> changes) implements ModelEvent<T> {

	/**
	 * Create an event; the changes are copied.
	 * @param instance the entity
	 * @param sender the entity's class
	 * @param persistenceUnit the persistence unit that writes it
	 * @param created whether the row is inserted rather than updated
	 * @param changes the changed attributes by name, in the entity's attribute order
	 */
	public PreSave {
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
		return ModelSignals.PRE_SAVE;
	}

}
