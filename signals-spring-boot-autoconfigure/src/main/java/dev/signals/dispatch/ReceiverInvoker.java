package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * Calls one receiver with a payload; annotated methods are bound through method handles so
 * that dispatch involves no reflection.
 */
@FunctionalInterface
public interface ReceiverInvoker {

	@Nullable Object invoke(@Nullable Class<?> sender, Object payload) throws Throwable;

}
