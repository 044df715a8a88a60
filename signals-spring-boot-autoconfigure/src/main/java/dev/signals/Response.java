package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * One receiver's response to a signal: what it returned, or with
 * {@link Signals#sendRobust} the exception it threw.
 *
 * @param receiver the receiver's name, {@code bean.method} for annotated receivers
 * @param value the receiver's return value or exception
 * @since 0.1.0
 */
public record Response(String receiver, @Nullable Object value) {

	/**
	 * Tell whether the receiver failed: its response is the exception it threw.
	 * @return {@code true} if {@link #value()} is an exception from {@link Signals#sendRobust}
	 */
	public boolean failed() {
		return this.value instanceof Throwable;
	}

}
