package dev.signals.aot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

import static org.assertj.core.api.Assertions.assertThat;

class SignalReceiverReflectionTests {

	@Test
	void registersReceiverMethodsOfBeansForInvocation() {
		RuntimeHints hints = AotProcessing.hintsFor(Receivers.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Receivers.class, "placed")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Receivers.class, "saved")).accepts(hints);
	}

	@Test
	void registersReceiverMethodsAnnotatedThroughAComposedAnnotation() {
		RuntimeHints hints = AotProcessing.hintsFor(Receivers.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Receivers.class, "committed"))
			.accepts(hints);
	}

	@Test
	void doesNotRegisterTheOtherMethodsOfAReceiverBean() {
		RuntimeHints hints = AotProcessing.hintsFor(Receivers.class);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Receivers.class, "helper")).rejects(hints);
	}

	record OrderPlaced(String id) {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	@interface AfterCommitReceiver {

	}

	static class Receivers {

		@SignalReceiver
		void placed(OrderPlaced event) {
		}

		@SignalReceiver
		void saved(PostSave<Object> event) {
		}

		@AfterCommitReceiver
		void committed(OrderPlaced event) {
		}

		void helper(OrderPlaced event) {
		}

	}

}
