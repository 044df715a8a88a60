package dev.signals.receivers;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.Response;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsHibernateAutoConfiguration;
import dev.signals.receivers.entities.Book;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a {@link SignalReceiver} method whose signature cannot work fails the startup
 * with a message naming the bean, the method and the fix.
 */
class ReceiverValidationTests {

	static final Signal<Greeting> GREETING = Signal.named("greeting", Greeting.class);

	static final Signal<Greeting> WELCOME = Signal.named("welcome", Greeting.class);

	static final Signal<Integer> COUNT = Signal.named("count", Integer.class);

	static final Signal<Invitation> INVITATION = Signal.named("invitation", Invitation.class);

	private final ApplicationContextRunner signalsRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

	private final ApplicationContextRunner contextRunner = this.signalsRunner
		.withUserConfiguration(CustomSignals.class);

	private final ApplicationContextRunner jpaContextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsHibernateAutoConfiguration.class,
				DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class))
		.withUserConfiguration(BookEntities.class);

	@Test
	void failsForAReceiverWithoutParameter() {
		this.contextRunner.withBean("noParameter", NoParameter.class)
			.run((context) -> assertStartupFailure(context, "noParameter", "NoParameter.received()",
					"it takes 0 parameters"));
	}

	@Test
	void failsForAReceiverWithTwoParameters() {
		this.contextRunner.withBean("twoParameters", TwoParameters.class)
			.run((context) -> assertStartupFailure(context, "twoParameters",
					"TwoParameters.received(Greeting, String)", "it takes 2 parameters"));
	}

	@Test
	void failsForAPayloadTypeThatNoSignalCarries() {
		this.contextRunner.withBean("unknownPayload", UnknownPayload.class)
			.run((context) -> assertStartupFailure(context, "unknownPayload", "UnknownPayload.received(Farewell)",
					"no signal carries its parameter type " + Farewell.class.getName()));
	}

	@Test
	void failsForAPayloadTypeThatSeveralSignalsCarryWhenNoSignalIsNamed() {
		this.contextRunner.withUserConfiguration(WelcomeSignal.class)
			.withBean("ambiguousPayload", AmbiguousPayload.class)
			.run((context) -> assertStartupFailure(context, "ambiguousPayload",
					"AmbiguousPayload.received(Greeting)", "several signals carry", "greeting", "welcome"));
	}

	@Test
	void failsForAnUnknownSignalName() {
		this.contextRunner.withBean("unknownSignal", UnknownSignal.class)
			.run((context) -> assertStartupFailure(context, "unknownSignal", "UnknownSignal.received(Greeting)",
					"no signal is named 'greetings'"));
	}

	@Test
	void failsForAModelSignalReceiverTakingAPayload() {
		this.contextRunner.withBean("modelSignalWithPayload", ModelSignalWithPayload.class)
			.run((context) -> assertStartupFailure(context, "modelSignalWithPayload",
					"ModelSignalWithPayload.received(String)", "model signal 'post_save'", "PostSave<Entity>"));
	}

	@Test
	void failsForAnEventTypeThatContradictsTheNamedSignal() {
		this.jpaContextRunner.withBean("contradictingEvent", ContradictingEvent.class)
			.run((context) -> assertStartupFailure(context, "contradictingEvent",
					"ContradictingEvent.received(PostSave)", "the event of 'post_save', not of 'pre_save'",
					"PreSave<Entity>"));
	}

	@Test
	void failsForAModelEventParameterWithoutSignalNames() {
		this.jpaContextRunner.withBean("unnamedModelEvent", UnnamedModelEvent.class)
			.run((context) -> assertStartupFailure(context, "unnamedModelEvent",
					"UnnamedModelEvent.received(ModelEvent)", "does not say which model signals"));
	}

	@Test
	void failsForAModelEventParameterNamingACustomSignal() {
		this.jpaContextRunner.withUserConfiguration(CustomSignals.class)
			.withBean("customSignalModelEvent", CustomSignalModelEvent.class)
			.run((context) -> assertStartupFailure(context, "customSignalModelEvent",
					"CustomSignalModelEvent.received(ModelEvent)", "'greeting' is not a model signal"));
	}

	@Test
	void failsForAModelSignalSenderThatIsNotAnEntity() {
		this.jpaContextRunner.withBean("senderNotAnEntity", SenderNotAnEntity.class)
			.run((context) -> assertStartupFailure(context, "senderNotAnEntity",
					"SenderNotAnEntity.received(PostSave)", "its sender " + NotAnEntity.class.getName(),
					"is not a JPA entity"));
	}

	@Test
	void failsForAModelEventOfAClassThatIsNotAnEntity() {
		this.jpaContextRunner.withBean("eventOfNotAnEntity", EventOfNotAnEntity.class)
			.run((context) -> assertStartupFailure(context, "eventOfNotAnEntity",
					"EventOfNotAnEntity.received(PostSave)",
					"its event's type argument " + NotAnEntity.class.getName(), "is not a JPA entity"));
	}

	@Test
	void failsForADurableReceiverThatDoesNotRunAfterTheCommit() {
		this.contextRunner.withBean("durableOnRollback", DurableOnRollback.class)
			.run((context) -> assertStartupFailure(context, "durableOnRollback",
					"DurableOnRollback.received(Greeting)", "it is durable in phase AFTER_ROLLBACK",
					"durable delivery is for receivers that run once the data is committed",
					"Fix: use phase = Phase.AFTER_COMMIT, or remove durable = true"));
	}

	@Test
	void failsForTwoSignalBeansWithTheSameName() {
		this.signalsRunner.withUserConfiguration(DuplicateSignals.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(mostSpecificMessage(context)).contains("'firstGreeting'", "'secondGreeting'",
					"named 'greeting'");
		});
	}

	@Test
	void infersTheSignalFromAPayloadTypeThatOneSignalCarries() {
		this.contextRunner.withUserConfiguration(InvitationSignal.class)
			.withBean("inferredSignal", InferredSignal.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Signals signals = context.getBean(Signals.class);
				Invitation invitation = new Invitation("Ada");
				assertThat(signals.send(INVITATION, null, invitation))
					.containsExactly(new Response("inferredSignal.received", "invited Ada"));
				assertThat(signals.hasReceivers("greeting", null)).isFalse();
			});
	}

	@Test
	void acceptsAPayloadSupertypeForANamedSignal() {
		this.contextRunner.withBean("supertypePayload", SupertypePayload.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Signals.class).send(GREETING, null, new Greeting("hi")))
				.containsExactly(new Response("supertypePayload.received", "Greeting[text=hi]"));
		});
	}

	@Test
	void acceptsAPrimitiveParameterForASignalCarryingItsWrapper() {
		this.signalsRunner.withUserConfiguration(CountSignal.class).withBean("counter", PrimitivePayload.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Signals.class).send(COUNT, null, 41))
					.containsExactly(new Response("counter.inferred", 42), new Response("counter.named", 43L));
			});
	}

	@Test
	void connectsAModelEventReceiverToEveryNamedModelSignal() {
		this.jpaContextRunner.withBean("severalModelSignals", SeveralModelSignals.class).run((context) -> {
			assertThat(context).hasNotFailed();
			Signals signals = context.getBean(Signals.class);
			assertThat(signals.hasReceivers(ModelSignals.POST_SAVE, Book.class)).isTrue();
			assertThat(signals.hasReceivers(ModelSignals.POST_DELETE, Book.class)).isTrue();
			assertThat(signals.hasReceivers(ModelSignals.PRE_SAVE, Book.class)).isFalse();
			assertThat(signals.hasReceivers(ModelSignals.PRE_DELETE, Book.class)).isFalse();
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
			transaction.executeWithoutResult((status) -> EntityManagerFactoryUtils
				.getTransactionalEntityManager(entityManagerFactory)
				.persist(new Book(1L, "Dispatch")));
			transaction.executeWithoutResult((status) -> {
				EntityManager entityManager = EntityManagerFactoryUtils
					.getTransactionalEntityManager(entityManagerFactory);
				entityManager.remove(entityManager.find(Book.class, 1L));
			});
			assertThat(context.getBean(SeveralModelSignals.class).events).extracting(ModelEvent::signal)
				.containsExactly(ModelSignals.POST_SAVE, ModelSignals.POST_DELETE);
		});
	}

	private static void assertStartupFailure(AssertableApplicationContext context, String beanName, String method,
			String... problem) {
		assertThat(context).hasFailed();
		assertThat(mostSpecificMessage(context)).contains("bean '" + beanName + "'")
			.contains(method)
			.contains("Fix:")
			.contains(problem);
	}

	private static String mostSpecificMessage(AssertableApplicationContext context) {
		Throwable failure = context.getStartupFailure();
		assertThat(failure).isNotNull();
		String message = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
		assertThat(message).isNotNull();
		return message;
	}

	record Greeting(String text) {
	}

	record Farewell(String text) {
	}

	record Invitation(String guest) {
	}

	static class NotAnEntity {

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomSignals {

		@Bean
		Signal<Greeting> greeting() {
			return GREETING;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class WelcomeSignal {

		@Bean
		Signal<Greeting> welcome() {
			return WELCOME;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InvitationSignal {

		@Bean
		Signal<Invitation> invitation() {
			return INVITATION;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CountSignal {

		@Bean
		Signal<Integer> count() {
			return COUNT;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DuplicateSignals {

		@Bean
		Signal<Greeting> firstGreeting() {
			return Signal.named("greeting", Greeting.class);
		}

		@Bean
		Signal<Farewell> secondGreeting() {
			return Signal.named("greeting", Farewell.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Book.class)
	static class BookEntities {

	}

	static class NoParameter {

		@SignalReceiver("greeting")
		void received() {
		}

	}

	static class TwoParameters {

		@SignalReceiver("greeting")
		void received(Greeting greeting, String extra) {
		}

	}

	static class UnknownPayload {

		@SignalReceiver
		void received(Farewell farewell) {
		}

	}

	static class AmbiguousPayload {

		@SignalReceiver
		void received(Greeting greeting) {
		}

	}

	static class UnknownSignal {

		@SignalReceiver("greetings")
		void received(Greeting greeting) {
		}

	}

	static class ModelSignalWithPayload {

		@SignalReceiver(signal = "post_save")
		void received(String text) {
		}

	}

	static class ContradictingEvent {

		@SignalReceiver(signal = "pre_save")
		void received(PostSave<Book> event) {
		}

	}

	static class UnnamedModelEvent {

		@SignalReceiver
		void received(ModelEvent<Book> event) {
		}

	}

	static class CustomSignalModelEvent {

		@SignalReceiver(signal = { "post_save", "greeting" })
		void received(ModelEvent<Book> event) {
		}

	}

	static class SenderNotAnEntity {

		@SignalReceiver(sender = NotAnEntity.class)
		void received(PostSave<Object> event) {
		}

	}

	static class EventOfNotAnEntity {

		@SignalReceiver
		void received(PostSave<NotAnEntity> event) {
		}

	}

	static class DurableOnRollback {

		@SignalReceiver(signal = "greeting", phase = Phase.AFTER_ROLLBACK, durable = true)
		void received(Greeting greeting) {
		}

	}

	static class InferredSignal {

		@SignalReceiver
		String received(Invitation invitation) {
			return "invited " + invitation.guest();
		}

	}

	static class PrimitivePayload {

		@SignalReceiver
		int inferred(int count) {
			return count + 1;
		}

		@SignalReceiver("count")
		long named(int count) {
			return count + 2L;
		}

	}

	static class SupertypePayload {

		@SignalReceiver("greeting")
		String received(Object payload) {
			return payload.toString();
		}

	}

	static class SeveralModelSignals {

		final List<ModelEvent<Book>> events = new ArrayList<>();

		@SignalReceiver(signal = { "post_save", "post_delete" })
		void received(ModelEvent<Book> event) {
			this.events.add(event);
		}

	}

}
