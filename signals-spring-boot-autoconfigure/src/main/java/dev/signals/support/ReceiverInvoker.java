package dev.signals.support;

import org.jspecify.annotations.Nullable;

/**
 * Calls one receiver with a payload; annotated methods are bound through method handles so
 * that dispatch involves no reflection.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReceiverInvoker {

	@Nullable Object invoke(@Nullable Class<?> sender, Object payload) throws Throwable;

}
