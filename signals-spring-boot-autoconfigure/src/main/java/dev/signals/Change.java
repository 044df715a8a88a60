package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * One attribute's change in an update: the value loaded from the database and the value
 * being written.
 *
 * @param oldValue the value before the change
 * @param newValue the value after the change
 * @since 0.1.0
 */
public record Change(@Nullable Object oldValue, @Nullable Object newValue) {
}
