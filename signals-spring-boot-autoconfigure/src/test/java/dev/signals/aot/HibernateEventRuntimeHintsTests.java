package dev.signals.aot;

import java.lang.reflect.Method;

import org.hibernate.event.spi.AbstractEvent;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

class HibernateEventRuntimeHintsTests {

	@Test
	void registersTheSessionAccessorOfHibernateEventsForInvocation() {
		Method getSession = ReflectionUtils.findMethod(AbstractEvent.class, "getSession");
		assertThat(getSession).isNotNull();
		RuntimeHints hints = AotProcessing.hintsFor(EmptyApplication.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(getSession)).accepts(hints);
	}

	@Test
	void registersNothingWithoutHibernate() {
		RuntimeHints hints = new RuntimeHints();
		new HibernateEventRuntimeHints().registerHints(hints, new ClassLoader(null) {
		});
		assertThat(hints.reflection().typeHints()).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyApplication {

	}

}
