package dev.signals.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import dev.signals.Phase;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalInterceptor;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class SignalInterceptorsTests {

	static final Signal<String> GREETING = Signal.named("greeting", String.class);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
		.withUserConfiguration(Receivers.class);

	@Test
	void interceptorsRunAroundEveryReceiverCallInOrderAndSeeTheCall() {
		this.contextRunner.withUserConfiguration(Interceptors.class).run((context) -> {
			List<Response> responses = context.getBean(Signals.class).send(GREETING, Receivers.class, "hello");
			assertThat(responses).extracting(Response::value).containsExactly("HELLO!");
			// equal @Order: a bean's receivers run by method name, so later (AFTER_COMMIT, at once
			// outside a transaction) before shout
			assertThat(context.getBean(Trace.class).entries).containsExactly(
					"outer before greeting from Receivers: hello to later in AFTER_COMMIT", "inner before",
					"inner after", "outer after null",
					"outer before greeting from Receivers: hello to shout in IMMEDIATE", "inner before",
					"inner after", "outer after HELLO!");
		});
	}

	@Test
	void interceptorThatDoesNotProceedSkipsTheReceiver() {
		this.contextRunner.withBean(SignalInterceptor.class,
				() -> (invocation) -> invocation.receiver().endsWith("shout") ? "skipped" : invocation.proceed())
			.run((context) -> {
				List<Response> responses = context.getBean(Signals.class).send(GREETING, null, "hello");
				assertThat(responses).extracting(Response::value).containsExactly("skipped");
				assertThat(context.getBean(Receivers.class).calls).containsExactly("later");
				assertThat(context.getBean(ReceiverRegistry.class).all())
					.extracting((receiver) -> method(receiver.receiver()), (receiver) -> receiver.stats().calls())
					.containsExactlyInAnyOrder(tuple("later", 1L), tuple("shout", 0L));
			});
	}

	@Test
	void interceptorSeesTheReceiverFailureAndCountersRecordIt() {
		List<Throwable> seen = new CopyOnWriteArrayList<>();
		this.contextRunner.withBean(SignalInterceptor.class, () -> (invocation) -> {
			try {
				return invocation.proceed();
			}
			catch (RuntimeException ex) {
				seen.add(ex);
				throw ex;
			}
		}).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThatIllegalStateException().isThrownBy(() -> signals.send(GREETING, null, "fail"));
			assertThat(seen).singleElement().extracting(Throwable::getMessage).isEqualTo("no greeting today");
			ConnectedReceiver shout = context.getBean(ReceiverRegistry.class)
				.all()
				.stream()
				.filter((receiver) -> receiver.receiver().endsWith(".shout"))
				.findFirst()
				.orElseThrow();
			assertThat(shout.stats().calls()).isOne();
			assertThat(shout.stats().failures()).isOne();
			assertThat(shout.stats().lastFailure()).isNotNull()
				.satisfies((failure) -> assertThat(failure.message()).isEqualTo("no greeting today"));
		});
	}

	@Test
	void interceptorMayDependOnSignals() {
		this.contextRunner.withUserConfiguration(SignalsAwareInterceptor.class).run((context) -> {
			assertThat(context).hasNotFailed();
			List<Response> responses = context.getBean(Signals.class).send(GREETING, null, "hello");
			assertThat(responses).extracting(Response::value).containsExactly("HELLO! (heard)");
		});
	}

	@Test
	void eachReceiverCallIsAnObservationWithLowCardinalityTags() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(TestObservationRegistry.class, () -> registry).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			signals.send(GREETING, Receivers.class, "hello");
			assertThatIllegalStateException().isThrownBy(() -> signals.send(GREETING, null, "fail"));
			String bean = context.getBeanNamesForType(Receivers.class)[0];
			// later, shout, then later again and the failing shout
			assertThat(registry).hasNumberOfObservationsWithNameEqualTo("signals.receiver", 4);
			assertThat(registry).hasAnObservation((observation) -> observation
				.hasLowCardinalityKeyValue("signal", "greeting")
				.hasLowCardinalityKeyValue("sender", Receivers.class.getName())
				.hasLowCardinalityKeyValue("receiver", bean + ".shout")
				.hasLowCardinalityKeyValue("phase", "IMMEDIATE")
				.hasLowCardinalityKeyValue("outcome", "success"));
			assertThat(registry).hasAnObservation((observation) -> observation
				.hasLowCardinalityKeyValue("receiver", bean + ".later")
				.hasLowCardinalityKeyValue("phase", "AFTER_COMMIT"));
			assertThat(registry).hasAnObservation((observation) -> observation.hasLowCardinalityKeyValue("sender", "none")
				.hasLowCardinalityKeyValue("outcome", "failure")
				.hasError());
		});
	}

	@Test
	void withoutAnObservationRegistryNoObservationIsMade() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(ReceiverCalls.class).observer()).isNull();
			assertThat(context.getBean(Signals.class).send(GREETING, null, "hello")).hasSize(1);
		});
	}

	private static String method(String receiver) {
		return receiver.substring(receiver.lastIndexOf('.') + 1);
	}

	@Configuration(proxyBeanMethods = false)
	static class Receivers {

		final List<String> calls = new CopyOnWriteArrayList<>();

		@Bean
		Signal<String> greeting() {
			return GREETING;
		}

		@SignalReceiver
		String shout(String greeting) {
			this.calls.add("shout");
			if (greeting.equals("fail")) {
				throw new IllegalStateException("no greeting today");
			}
			return greeting.toUpperCase() + "!";
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT)
		void later(String greeting) {
			this.calls.add("later");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SignalsAwareInterceptor {

		@Bean
		SignalInterceptor heard(Signals signals) {
			return (invocation) -> invocation.proceed() + (signals.hasReceivers(GREETING, null) ? " (heard)" : "");
		}

	}

	static class Trace {

		final List<String> entries = new CopyOnWriteArrayList<>();

	}

	@Configuration(proxyBeanMethods = false)
	static class Interceptors {

		@Bean
		Trace trace() {
			return new Trace();
		}

		@Bean
		@Order(2)
		SignalInterceptor inner(Trace trace) {
			return (invocation) -> {
				trace.entries.add("inner before");
				Object response = invocation.proceed();
				trace.entries.add("inner after");
				return response;
			};
		}

		@Bean
		@Order(1)
		SignalInterceptor outer(Trace trace) {
			return (invocation) -> {
				trace.entries.add("outer before " + invocation.signal() + " from "
						+ ((invocation.sender() != null) ? invocation.sender().getSimpleName() : "nobody") + ": "
						+ invocation.payload() + " to " + method(invocation.receiver()) + " in " + invocation.phase());
				Object response = invocation.proceed();
				trace.entries.add("outer after " + response);
				return response;
			};
		}

	}

}
