package dev.signals.dispatch;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.Phase;
import dev.signals.Receiver;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for sending custom signals through {@link Signals}: order, responses, exceptions,
 * sender filters, connecting in code, dispatch uids, muting and transaction phases.
 */
@ExtendWith(OutputCaptureExtension.class)
class CustomSignalsTests {

	static final Signal<Greeting> GREETING = Signal.named("greeting", Greeting.class);

	static final Signal<Farewell> FAREWELL = Signal.named("farewell", Farewell.class);

	private static final Greeting HI = new Greeting("hi");

	private final Recorder recorder = new Recorder();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
		.withUserConfiguration(DeclaredSignals.class)
		.withBean("recorder", Recorder.class, () -> this.recorder);

	private final ApplicationContextRunner transactionalContextRunner = this.contextRunner
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class));

	@Test
	void sendCallsReceiversInOrderAndReturnsTheirResponsesInCallOrder() {
		this.contextRunner.withBean("late", Labelled.class, () -> new Labelled(this.recorder, "late", 20))
			.withBean("early", Labelled.class, () -> new Labelled(this.recorder, "early", 10))
			.run((context) -> {
				List<Response> responses = context.getBean(Signals.class).send(GREETING, null, HI);
				assertThat(responses).containsExactly(new Response("early.greet", "early hi"),
						new Response("late.greet", "late hi"));
				assertThat(responses).noneMatch(Response::failed);
				assertThat(this.recorder.calls).containsExactly("early", "late");
			});
	}

	@Test
	void sendPropagatesTheFirstExceptionAndDoesNotCallLaterReceivers() {
		IllegalStateException failure = new IllegalStateException("out of stamps");
		this.contextRunner.withBean("first", Labelled.class, () -> new Labelled(this.recorder, "first", 1))
			.withBean("failing", Labelled.class, () -> new Labelled(this.recorder, "failing", 2, failure))
			.withBean("last", Labelled.class, () -> new Labelled(this.recorder, "last", 3))
			.run((context) -> {
				Signals signals = context.getBean(Signals.class);
				assertThatThrownBy(() -> signals.send(GREETING, null, HI)).isSameAs(failure);
				assertThat(this.recorder.calls).containsExactly("first", "failing");
			});
	}

	@Test
	void sendRobustCallsEveryReceiverAndReturnsAndLogsTheException(CapturedOutput output) {
		IllegalStateException failure = new IllegalStateException("out of stamps");
		this.contextRunner.withBean("first", Labelled.class, () -> new Labelled(this.recorder, "first", 1))
			.withBean("failing", Labelled.class, () -> new Labelled(this.recorder, "failing", 2, failure))
			.withBean("last", Labelled.class, () -> new Labelled(this.recorder, "last", 3))
			.run((context) -> {
				List<Response> responses = context.getBean(Signals.class).sendRobust(GREETING, null, HI);
				assertThat(responses).containsExactly(new Response("first.greet", "first hi"),
						new Response("failing.greet", failure), new Response("last.greet", "last hi"));
				assertThat(responses).extracting(Response::failed).containsExactly(false, true, false);
				assertThat(responses.get(1).value()).isSameAs(failure);
				assertThat(this.recorder.calls).containsExactly("first", "failing", "last");
				assertLogged(output, "ERROR", "failing.greet", "'greeting'");
			});
	}

	@Test
	void hasReceiversTellsWhetherAReceiverListensToASignalFromASender() {
		this.contextRunner.withBean("filtered", SenderFilteredReceiver.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThat(signals.hasReceivers("greeting", null)).isTrue();
			assertThat(signals.hasReceivers("greeting", Sender.class)).isTrue();
			assertThat(signals.hasReceivers("greeting", SubSender.class)).isTrue();
			assertThat(signals.hasReceivers("greeting", OtherSender.class)).isFalse();
			assertThat(signals.hasReceivers("farewell", null)).isFalse();
			assertThat(signals.hasReceivers("farewell", Sender.class)).isFalse();
		});
	}

	@Test
	void hasReceiversTakesTheSignalObjectThatSendTakes() {
		this.contextRunner.withBean("filtered", SenderFilteredReceiver.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThat(signals.hasReceivers(GREETING, null)).isTrue();
			assertThat(signals.hasReceivers(GREETING, SubSender.class)).isTrue();
			assertThat(signals.hasReceivers(GREETING, OtherSender.class)).isFalse();
			assertThat(signals.hasReceivers(FAREWELL, Sender.class)).isFalse();
		});
	}

	@Test
	void receiverWithASenderGetsOnlySignalsOfThatSenderAndItsSubclasses() {
		this.contextRunner.withBean("receivers", SenderFilteredAndAnyReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			signals.send(GREETING, Sender.class, new Greeting("sender"));
			signals.send(GREETING, SubSender.class, new Greeting("subclass"));
			signals.send(GREETING, OtherSender.class, new Greeting("other"));
			signals.send(GREETING, null, new Greeting("none"));
			assertThat(this.recorder.calls).containsExactly("filtered sender", "any sender", "filtered subclass",
					"any subclass", "any other", "any none");
		});
	}

	@Test
	void receiverWithOverlappingSendersIsCalledOncePerSend() {
		this.contextRunner.withBean("overlapping", OverlappingSenders.class).run((context) -> {
			List<Response> responses = context.getBean(Signals.class).send(GREETING, SubSender.class, HI);
			assertThat(responses).containsExactly(new Response("overlapping.greet", "once"));
		});
	}

	@Test
	void connectAddsAReceiverAtItsOrderAndDisconnectRemovesIt() {
		this.contextRunner.withBean("annotated", Labelled.class, () -> new Labelled(this.recorder, "annotated", 0))
			.run((context) -> {
				Signals signals = context.getBean(Signals.class);
				Connection late = signals.connect(GREETING, (greeting) -> "late " + greeting.text());
				Connection early = signals.connect(GREETING, ConnectOptions.DEFAULTS.withOrder(-1),
						new NamedReceiver("early", "early hi"));
				assertThat(early.signal()).isEqualTo("greeting");
				assertThat(early.receiver()).isEqualTo("early");
				assertThat(early.isConnected()).isTrue();
				assertThat(late.isConnected()).isTrue();
				assertThat(signals.send(GREETING, null, HI)).extracting(Response::value)
					.containsExactly("early hi", "annotated hi", "late hi");
				assertThat(early.disconnect()).isTrue();
				assertThat(early.isConnected()).isFalse();
				assertThat(early.disconnect()).isFalse();
				assertThat(signals.send(GREETING, null, HI)).extracting(Response::value)
					.containsExactly("annotated hi", "late hi");
			});
	}

	@Test
	void disconnectWithADispatchUidRemovesTheReceiverConnectedWithItForThatSender() {
		this.contextRunner.withBean("welcome", DispatchUidReceiver.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			Connection audit = signals.connect(GREETING,
					ConnectOptions.DEFAULTS.withSender(Sender.class).withDispatchUid("audit"),
					new NamedReceiver("audit", "audited"));
			assertThat(signals.send(GREETING, Sender.class, HI)).extracting(Response::value)
				.containsExactly("welcomed", "audited");
			assertThat(signals.disconnect("greeting", OtherSender.class, "audit")).isFalse();
			assertThat(signals.disconnect("greeting", null, "audit")).isFalse();
			assertThat(signals.disconnect("farewell", Sender.class, "audit")).isFalse();
			assertThat(audit.isConnected()).isTrue();
			assertThat(signals.disconnect("greeting", Sender.class, "audit")).isTrue();
			assertThat(audit.isConnected()).isFalse();
			assertThat(signals.disconnect("greeting", null, "welcome-mail")).isTrue();
			assertThat(signals.send(GREETING, Sender.class, HI)).isEmpty();
			assertThat(signals.hasReceivers("greeting", null)).isFalse();
		});
	}

	@Test
	void disconnectTakesTheSignalObjectThatConnectTakes() {
		this.contextRunner.run((context) -> {
			Signals signals = context.getBean(Signals.class);
			Connection audit = signals.connect(GREETING,
					ConnectOptions.DEFAULTS.withSender(Sender.class).withDispatchUid("audit"),
					new NamedReceiver("audit", "audited"));
			assertThat(signals.disconnect(FAREWELL, Sender.class, "audit")).isFalse();
			assertThat(signals.disconnect(GREETING, OtherSender.class, "audit")).isFalse();
			assertThat(audit.isConnected()).isTrue();
			assertThat(signals.disconnect(GREETING, Sender.class, "audit")).isTrue();
			assertThat(audit.isConnected()).isFalse();
			assertThat(signals.hasReceivers(GREETING, Sender.class)).isFalse();
		});
	}

	@Test
	void receiverReusingADispatchUidIsNotConnectedAndAWarningNamesBoth(CapturedOutput output) {
		this.contextRunner.withBean("auditOne", AuditOne.class).withBean("auditTwo", AuditTwo.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThat(signals.send(GREETING, null, HI)).containsExactly(new Response("auditOne.greet", "one"));
			assertLogged(output, "WARN", "auditTwo.greet", "auditOne.greet", "'audit'");
			Connection latecomer = signals.connect(GREETING, ConnectOptions.DEFAULTS.withDispatchUid("audit"),
					new NamedReceiver("latecomer", "late"));
			assertThat(latecomer.isConnected()).isFalse();
			assertThat(latecomer.disconnect()).isFalse();
			assertThat(signals.send(GREETING, null, HI)).containsExactly(new Response("auditOne.greet", "one"));
			assertLogged(output, "WARN", "latecomer", "auditOne.greet", "'audit'");
		});
	}

	@Test
	void sameDispatchUidForDifferentSendersConnectsBoth() {
		this.contextRunner.withBean("perSender", PerSenderDispatchUid.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThat(signals.send(GREETING, Sender.class, HI)).extracting(Response::value)
				.containsExactly("from sender");
			assertThat(signals.send(GREETING, OtherSender.class, HI)).extracting(Response::value)
				.containsExactly("from other");
			Connection forSender = signals.connect(FAREWELL,
					ConnectOptions.DEFAULTS.withSender(Sender.class).withDispatchUid("bye"),
					new NamedReceiver("bye sender", "bye"));
			Connection forOther = signals.connect(FAREWELL,
					ConnectOptions.DEFAULTS.withSender(OtherSender.class).withDispatchUid("bye"),
					new NamedReceiver("bye other", "bye"));
			assertThat(forSender.isConnected()).isTrue();
			assertThat(forOther.isConnected()).isTrue();
		});
	}

	@Test
	void receiversRunByOrderOfMethodOrBeanAndTiesByConnectionThenMethodName() {
		this.contextRunner.withBean("classOrdered", ClassOrdered.class)
			.withBean("unordered", Unordered.class)
			.withBean("methodOrdered", MethodOrdered.class)
			.withBean("unorderedLater", UnorderedLater.class)
			.withBean("orderedBean", OrderedBean.class)
			.run((context) -> assertThat(context.getBean(Signals.class).send(GREETING, null, HI))
				.extracting(Response::receiver)
				.containsExactly("methodOrdered.greet", "orderedBean.greet", "classOrdered.greet", "unordered.alpha",
						"unordered.mike", "unordered.zulu", "unorderedLater.aaa"));
	}

	@Test
	void mutedRunnableDispatchesNothingOnItsThread() {
		this.contextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			List<List<Response>> responses = new CopyOnWriteArrayList<>();
			signals.muted(() -> {
				responses.add(signals.send(GREETING, null, HI));
				responses.add(signals.sendRobust(GREETING, null, HI));
			});
			assertThat(responses).containsExactly(List.of(), List.of());
			assertThat(this.recorder.calls).isEmpty();
			assertThat(signals.send(GREETING, null, HI)).hasSize(1);
			assertThat(this.recorder.calls).contains("IMMEDIATE", "AFTER_COMMIT");
		});
	}

	@Test
	void mutedSupplierReturnsItsResultAndDispatchesNothing() {
		this.contextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			List<Response> responses = signals.muted((Supplier<List<Response>>) () -> signals.send(GREETING, null, HI));
			String result = signals.muted((Supplier<String>) () -> "done");
			assertThat(responses).isEmpty();
			assertThat(result).isEqualTo("done");
			assertThat(this.recorder.calls).isEmpty();
		});
	}

	@Test
	void nestedMutingStaysMutedUntilTheOutermostReturns() {
		this.contextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			signals.muted(() -> {
				signals.muted(() -> signals.send(GREETING, null, new Greeting("inner")));
				signals.send(GREETING, null, new Greeting("outer"));
			});
			assertThat(this.recorder.calls).isEmpty();
			signals.send(GREETING, null, HI);
			assertThat(this.recorder.calls).contains("IMMEDIATE");
		});
	}

	@Test
	void mutedDoesNotMuteOtherThreads() {
		this.contextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			ExecutorService executor = Executors.newSingleThreadExecutor();
			try {
				List<Response> fromOtherThread = signals.muted((Supplier<List<Response>>) () -> {
					assertThat(signals.send(GREETING, null, HI)).isEmpty();
					return join(executor.submit(() -> signals.send(GREETING, null, HI)));
				});
				assertThat(fromOtherThread).containsExactly(new Response("phases.immediate", "immediate"));
			}
			finally {
				executor.shutdownNow();
			}
		});
	}

	@Test
	void sendingAnUndeclaredSignalFailsNamingIt() {
		this.contextRunner.run((context) -> {
			Signals signals = context.getBean(Signals.class);
			Signal<Greeting> undeclared = Signal.named("undeclared", Greeting.class);
			assertThatIllegalArgumentException().isThrownBy(() -> signals.send(undeclared, null, HI))
				.withMessageContaining("'undeclared'");
			assertThatIllegalArgumentException().isThrownBy(() -> signals.sendRobust(undeclared, null, HI))
				.withMessageContaining("'undeclared'");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> signals.connect(undeclared, (greeting) -> "never"))
				.withMessageContaining("'undeclared'");
			Signal<Farewell> otherPayload = Signal.named("greeting", Farewell.class);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> signals.send(otherPayload, null, new Farewell("bye")))
				.withMessageContaining("'greeting'")
				.withMessageContaining(Farewell.class.getName());
		});
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void sendingAPayloadOfTheWrongTypeFails() {
		this.contextRunner.withBean("receiver", Labelled.class, () -> new Labelled(this.recorder, "receiver", 0))
			.run((context) -> {
				Signals signals = context.getBean(Signals.class);
				Signal raw = GREETING;
				assertThatIllegalArgumentException().isThrownBy(() -> signals.send(raw, null, "plain text"))
					.withMessageContaining("'greeting'")
					.withMessageContaining(Greeting.class.getName())
					.withMessageContaining(String.class.getName());
				assertThat(this.recorder.calls).isEmpty();
			});
	}

	@Test
	void checkedExceptionOfAReceiverSurfacesAsUndeclaredThrowableExceptionWithThatCause() {
		this.contextRunner.withBean("checked", CheckedFailure.class).run((context) -> {
			IOException failure = context.getBean(CheckedFailure.class).failure;
			assertThatExceptionOfType(UndeclaredThrowableException.class)
				.isThrownBy(() -> context.getBean(Signals.class).send(GREETING, null, HI))
				.satisfies((ex) -> assertThat(ex.getCause()).isSameAs(failure));
		});
	}

	@Test
	void phasedReceiversRunAtOnceOutsideATransactionExceptAfterRollbackAndGiveNoResponse() {
		this.contextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			List<Response> responses = context.getBean(Signals.class).send(GREETING, null, HI);
			assertThat(this.recorder.calls).containsExactlyInAnyOrder("IMMEDIATE", "BEFORE_COMMIT", "AFTER_COMMIT",
					"AFTER_COMPLETION");
			assertThat(responses).containsExactly(new Response("phases.immediate", "immediate"));
		});
	}

	@Test
	void afterCommitFailureOutsideATransactionIsLoggedAndTheNextReceiverStillRuns(CapturedOutput output) {
		this.contextRunner.withBean("afterCommit", FailingAfterCommit.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThatNoException().isThrownBy(() -> signals.send(GREETING, null, HI));
			assertThat(this.recorder.calls).containsExactly("recording");
			assertLogged(output, "ERROR", "afterCommit.failing", "AFTER_COMMIT");
		});
	}

	@Test
	void afterCommitReceiversRunOnlyOnceTheTransactionHasCommitted() {
		this.transactionalContextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			List<Response> responses = context.getBean(TransactionTemplate.class).execute((status) -> {
				List<Response> sent = signals.send(GREETING, null, HI);
				this.recorder.add("end of transaction callback");
				return sent;
			});
			assertThat(responses).containsExactly(new Response("phases.immediate", "immediate"));
			assertThat(this.recorder.calls).containsExactly("IMMEDIATE", "end of transaction callback",
					"BEFORE_COMMIT in transaction", "AFTER_COMMIT", "AFTER_COMPLETION");
		});
	}

	@Test
	void afterRollbackReceiversRunOnlyOnceTheTransactionHasRolledBack() {
		this.transactionalContextRunner.withBean("phases", PhaseReceivers.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
				signals.send(GREETING, null, HI);
				this.recorder.add("end of transaction callback");
				status.setRollbackOnly();
			});
			assertThat(this.recorder.calls).containsExactly("IMMEDIATE", "end of transaction callback",
					"AFTER_ROLLBACK", "AFTER_COMPLETION");
		});
	}

	@Test
	void beforeCommitFailureRollsBackAndPropagatesAsItself() {
		this.transactionalContextRunner.withBean("quota", FailingBeforeCommit.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			jdbc.execute("create table note (text varchar(100))");
			IllegalStateException failure = context.getBean(FailingBeforeCommit.class).failure;
			assertThatThrownBy(() -> context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
				jdbc.update("insert into note (text) values ('rolled back')");
				signals.send(GREETING, null, HI);
			})).isSameAs(failure);
			assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isZero();
			assertThat(this.recorder.calls).containsExactly("AFTER_ROLLBACK");
		});
	}

	@Test
	void afterCommitFailureInATransactionIsLoggedAndTheCommittedDataStays(CapturedOutput output) {
		this.transactionalContextRunner.withBean("afterCommit", FailingAfterCommit.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			jdbc.execute("create table note (text varchar(100))");
			context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
				jdbc.update("insert into note (text) values ('committed')");
				signals.send(GREETING, null, HI);
				assertThat(this.recorder.calls).isEmpty();
			});
			assertThat(jdbc.queryForObject("select count(*) from note", Integer.class)).isOne();
			assertThat(this.recorder.calls).containsExactly("recording");
			assertLogged(output, "ERROR", "afterCommit.failing", "AFTER_COMMIT");
		});
	}

	@Test
	void receiverOnAPrototypeBeanIsConnected() {
		this.contextRunner.withBean("prototype", Labelled.class, () -> new Labelled(this.recorder, "prototype", 0),
				(definition) -> definition.setScope(BeanDefinition.SCOPE_PROTOTYPE))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Signals.class).send(GREETING, null, HI))
					.containsExactly(new Response("prototype.greet", "prototype hi"));
			});
	}

	@Test
	void receiverDeclaredByABeanMethodOfAProxiedConfigurationIsConnected() {
		this.contextRunner.withUserConfiguration(ReceiverConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Signals.class).send(GREETING, null, HI)).extracting(Response::value)
				.containsExactly("by bean method hi", "configuration hi");
		});
	}

	@Test
	void composedAnnotationMetaAnnotatedWithSignalReceiverConnectsAReceiver() {
		this.transactionalContextRunner.withBean("composed", ComposedAnnotationReceiver.class).run((context) -> {
			Signals signals = context.getBean(Signals.class);
			context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
				assertThat(signals.send(GREETING, null, HI)).isEmpty();
				assertThat(this.recorder.calls).isEmpty();
			});
			assertThat(this.recorder.calls).containsExactly("committed hi");
		});
	}

	@Test
	void receiverInheritedFromAGenericSuperclassTakesTheResolvedPayloadType() {
		this.contextRunner.withBean("inherited", InheritedGreetingReceiver.class).run((context) -> {
			assertThat(context).hasNotFailed();
			Signals signals = context.getBean(Signals.class);
			assertThat(signals.send(GREETING, null, HI)).containsExactly(new Response("inherited.receive", HI));
			assertThat(signals.hasReceivers("farewell", null)).isFalse();
		});
	}

	@Test
	void sendRobustOutsideATransactionLogsABeforeCommitFailureAndCallsTheOtherReceivers(CapturedOutput output) {
		this.contextRunner.withBean("quota", FailingBeforeCommit.class)
			.withBean("last", Labelled.class, () -> new Labelled(this.recorder, "last", Ordered.LOWEST_PRECEDENCE))
			.run((context) -> {
				Signals signals = context.getBean(Signals.class);
				assertThatNoException().isThrownBy(() -> signals.sendRobust(GREETING, null, HI));
				assertThat(this.recorder.calls).contains("last");
				assertLogged(output, "ERROR", "quota.checkQuota");
			});
	}

	private static void assertLogged(CapturedOutput output, String level, String... parts) {
		assertThat(output.getAll().lines())
			.anySatisfy((line) -> assertThat(line).contains(level).contains(parts));
	}

	private static <T> T join(Future<T> future) {
		try {
			return future.get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Greeting(String text) {
	}

	record Farewell(String text) {
	}

	static class Sender {

	}

	static class SubSender extends Sender {

	}

	static class OtherSender {

	}

	static final class Recorder {

		final List<String> calls = new CopyOnWriteArrayList<>();

		void add(String call) {
			this.calls.add(call);
		}

	}

	record NamedReceiver(String name, Object response) implements Receiver<Object> {

		@Override
		public Object receive(Object payload) {
			return this.response;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DeclaredSignals {

		@Bean
		Signal<Greeting> greeting() {
			return GREETING;
		}

		@Bean
		Signal<Farewell> farewell() {
			return FAREWELL;
		}

	}

	@Configuration
	static class ReceiverConfiguration {

		@Bean
		Labelled labelledByBeanMethod(Recorder recorder) {
			return new Labelled(recorder, "by bean method", 1);
		}

		@Order(2)
		@SignalReceiver("greeting")
		String greet(Greeting greeting) {
			return "configuration " + greeting.text();
		}

	}

	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	@interface OnCommit {

		@AliasFor(annotation = SignalReceiver.class, attribute = "signal")
		String[] value() default {};

	}

	static class ComposedAnnotationReceiver {

		private final Recorder recorder;

		ComposedAnnotationReceiver(Recorder recorder) {
			this.recorder = recorder;
		}

		@OnCommit("greeting")
		void committed(Greeting greeting) {
			this.recorder.add("committed " + greeting.text());
		}

	}

	abstract static class PayloadReceiver<T> {

		@SignalReceiver
		Object receive(T payload) {
			return payload;
		}

	}

	static class InheritedGreetingReceiver extends PayloadReceiver<Greeting> {

	}

	static class Labelled implements Ordered {

		private final Recorder recorder;

		private final String label;

		private final int order;

		private final RuntimeException failure;

		Labelled(Recorder recorder, String label, int order) {
			this(recorder, label, order, null);
		}

		Labelled(Recorder recorder, String label, int order, RuntimeException failure) {
			this.recorder = recorder;
			this.label = label;
			this.order = order;
			this.failure = failure;
		}

		@SignalReceiver("greeting")
		String greet(Greeting greeting) {
			this.recorder.add(this.label);
			if (this.failure != null) {
				throw this.failure;
			}
			return this.label + " " + greeting.text();
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	static class SenderFilteredReceiver {

		@SignalReceiver(signal = "greeting", sender = Sender.class)
		void greet(Greeting greeting) {
		}

	}

	static class SenderFilteredAndAnyReceivers {

		private final Recorder recorder;

		SenderFilteredAndAnyReceivers(Recorder recorder) {
			this.recorder = recorder;
		}

		@SignalReceiver(signal = "greeting", sender = Sender.class)
		void filtered(Greeting greeting) {
			this.recorder.add("filtered " + greeting.text());
		}

		@SignalReceiver("greeting")
		void unfiltered(Greeting greeting) {
			this.recorder.add("any " + greeting.text());
		}

	}

	static class OverlappingSenders {

		@SignalReceiver(signal = "greeting", sender = { Sender.class, SubSender.class })
		String greet(Greeting greeting) {
			return "once";
		}

	}

	static class DispatchUidReceiver {

		@Order(0)
		@SignalReceiver(signal = "greeting", dispatchUid = "welcome-mail")
		String greet(Greeting greeting) {
			return "welcomed";
		}

	}

	static class AuditOne {

		@SignalReceiver(signal = "greeting", dispatchUid = "audit")
		String greet(Greeting greeting) {
			return "one";
		}

	}

	static class AuditTwo {

		@SignalReceiver(signal = "greeting", dispatchUid = "audit")
		String greet(Greeting greeting) {
			return "two";
		}

	}

	static class PerSenderDispatchUid {

		@SignalReceiver(signal = "greeting", sender = Sender.class, dispatchUid = "audit")
		String fromSender(Greeting greeting) {
			return "from sender";
		}

		@SignalReceiver(signal = "greeting", sender = OtherSender.class, dispatchUid = "audit")
		String fromOther(Greeting greeting) {
			return "from other";
		}

	}

	@Order(5)
	static class ClassOrdered {

		@SignalReceiver("greeting")
		void greet(Greeting greeting) {
		}

	}

	@Order(100)
	static class MethodOrdered {

		@Order(1)
		@SignalReceiver("greeting")
		void greet(Greeting greeting) {
		}

	}

	static class OrderedBean implements Ordered {

		@SignalReceiver("greeting")
		void greet(Greeting greeting) {
		}

		@Override
		public int getOrder() {
			return 3;
		}

	}

	static class Unordered {

		@SignalReceiver("greeting")
		void zulu(Greeting greeting) {
		}

		@SignalReceiver("greeting")
		void alpha(Greeting greeting) {
		}

		@SignalReceiver("greeting")
		void mike(Greeting greeting) {
		}

	}

	static class UnorderedLater {

		@SignalReceiver("greeting")
		void aaa(Greeting greeting) {
		}

	}

	static class PhaseReceivers {

		private final Recorder recorder;

		PhaseReceivers(Recorder recorder) {
			this.recorder = recorder;
		}

		@SignalReceiver("greeting")
		String immediate(Greeting greeting) {
			this.recorder.add("IMMEDIATE");
			return "immediate";
		}

		@SignalReceiver(signal = "greeting", phase = Phase.BEFORE_COMMIT)
		String beforeCommit(Greeting greeting) {
			this.recorder.add(TransactionSynchronizationManager.isActualTransactionActive()
					? "BEFORE_COMMIT in transaction" : "BEFORE_COMMIT");
			return "before commit";
		}

		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_COMMIT)
		String afterCommit(Greeting greeting) {
			this.recorder.add("AFTER_COMMIT");
			return "after commit";
		}

		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_ROLLBACK)
		String afterRollback(Greeting greeting) {
			this.recorder.add("AFTER_ROLLBACK");
			return "after rollback";
		}

		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_COMPLETION)
		String afterCompletion(Greeting greeting) {
			this.recorder.add("AFTER_COMPLETION");
			return "after completion";
		}

	}

	static class FailingAfterCommit {

		private final Recorder recorder;

		FailingAfterCommit(Recorder recorder) {
			this.recorder = recorder;
		}

		@Order(1)
		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_COMMIT)
		void failing(Greeting greeting) {
			throw new IllegalStateException("mail server down");
		}

		@Order(2)
		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_COMMIT)
		void recording(Greeting greeting) {
			this.recorder.add("recording");
		}

	}

	static class FailingBeforeCommit {

		final IllegalStateException failure = new IllegalStateException("quota exceeded");

		private final Recorder recorder;

		FailingBeforeCommit(Recorder recorder) {
			this.recorder = recorder;
		}

		@SignalReceiver(signal = "greeting", phase = Phase.BEFORE_COMMIT)
		void checkQuota(Greeting greeting) {
			throw this.failure;
		}

		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_COMMIT)
		void committed(Greeting greeting) {
			this.recorder.add("AFTER_COMMIT");
		}

		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_ROLLBACK)
		void rolledBack(Greeting greeting) {
			this.recorder.add("AFTER_ROLLBACK");
		}

	}

	static class CheckedFailure {

		final IOException failure = new IOException("disk full");

		@SignalReceiver("greeting")
		void greet(Greeting greeting) throws IOException {
			throw this.failure;
		}

	}

}
