package dev.signals.aot;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers Hibernate's {@code AbstractEvent.getSession()} for invocation, which the row
 * listener looks up reflectively because its return type differs between Hibernate versions.
 */
final class HibernateEventRuntimeHints implements RuntimeHintsRegistrar {

	private static final String ABSTRACT_EVENT = "org.hibernate.event.spi.AbstractEvent";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(ABSTRACT_EVENT, classLoader)) {
			return;
		}
		Method getSession = ReflectionUtils.findMethod(ClassUtils.resolveClassName(ABSTRACT_EVENT, classLoader),
				"getSession");
		if (getSession != null) {
			hints.reflection().registerMethod(getSession, ExecutableMode.INVOKE);
		}
	}

}
