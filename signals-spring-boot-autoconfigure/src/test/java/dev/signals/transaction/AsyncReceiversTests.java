package dev.signals.transaction;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.ConnectOptions;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.receivers.InvalidSignalReceiverException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class AsyncReceiversTests {

	static final Signal<String> ORDER_PLACED = Signal.named("order_placed", String.class);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
		.withUserConfiguration(Receivers.class);

	@Test
	void asyncReceiverRunsOnTheApplicationTaskExecutorAndTheSenderDoesNotWait() {
		this.contextRunner.run((context) -> {
			Receivers receivers = context.getBean(Receivers.class);
			context.getBean(Signals.class).send(ORDER_PLACED, null, "tea");
			// the receiver is still blocked: send returned without waiting for it
			assertThat(receivers.finished).isEmpty();
			receivers.release.countDown();
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(receivers.finished).hasSize(1));
			assertThat(receivers.finished.get(0)).startsWith("task-").isNotEqualTo(Thread.currentThread().getName());
		});
	}

	@Test
	void withoutAnApplicationTaskExecutorAnAsyncReceiverRunsOnAThreadOfItsOwn() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
			.withUserConfiguration(Receivers.class)
			.run((context) -> {
				Receivers receivers = context.getBean(Receivers.class);
				receivers.release.countDown();
				context.getBean(Signals.class).send(ORDER_PLACED, null, "tea");
				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(receivers.finished).singleElement()
						.satisfies((thread) -> assertThat(thread).startsWith("signals-")));
			});
	}

	@Test
	void asyncReceiverFailureIsLoggedWithItsName(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			Receivers receivers = context.getBean(Receivers.class);
			receivers.release.countDown();
			context.getBean(Signals.class).send(ORDER_PLACED, null, "fail");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(output).contains("Receiver " + context.getBeanNamesForType(Receivers.class)[0]
						+ ".placed of signal 'order_placed' failed in phase AFTER_COMMIT")
					.contains("warehouse unreachable"));
		});
	}

	@Test
	void asyncReceiverMustRunAfterTheTransactionsEnd() {
		this.contextRunner.withUserConfiguration(ImmediateAsync.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidSignalReceiverException.class)
				.hasMessageContaining("ImmediateAsync.now(String)")
				.hasMessageContaining("it is async in phase IMMEDIATE")
				.hasMessageContaining("Fix: use phase = Phase.AFTER_COMMIT"));
	}

	@Test
	void asyncReceiverConnectedInCodeMustRunAfterTheTransactionsEnd() {
		this.contextRunner.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(Signals.class)
				.connect(ORDER_PLACED, ConnectOptions.DEFAULTS.withAsync(true), (order) -> order))
			.withMessageContaining("cannot be async in phase IMMEDIATE"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Receivers {

		final CountDownLatch release = new CountDownLatch(1);

		final List<String> finished = new CopyOnWriteArrayList<>();

		@Bean
		Signal<String> orderPlaced() {
			return ORDER_PLACED;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, async = true)
		void placed(String order) throws InterruptedException {
			if (order.equals("fail")) {
				throw new IllegalStateException("warehouse unreachable");
			}
			assertThat(this.release.await(10, TimeUnit.SECONDS)).isTrue();
			this.finished.add(Thread.currentThread().getName());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ImmediateAsync {

		@SignalReceiver(async = true)
		void now(String order) {
		}

	}

}
