package dev.signals;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One attribute's change in an update: the value loaded from the database and the value
 * being written. An attribute of an embedded value is named by its path, such as
 * {@code "address.city"}.
 *
 * @param oldValue the value before the change
 * @param newValue the value after the change
 * @since 0.1.0
 */
public record Change(@Nullable Object oldValue, @Nullable Object newValue) {

	static boolean isChanged(Map<String, Change> changes, String attribute) {
		if (changes.containsKey(attribute)) {
			return true;
		}
		String prefix = attribute + ".";
		for (String changed : changes.keySet()) {
			if (changed.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
