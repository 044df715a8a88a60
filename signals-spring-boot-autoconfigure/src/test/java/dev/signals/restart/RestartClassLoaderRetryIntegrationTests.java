package dev.signals.restart;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.Delivery.Status;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsDeliveryAutoConfiguration;
import dev.signals.autoconfigure.SignalsHibernateAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DevTools runs an application's own classes in a restarting class loader, apart from the
 * library's: a durable retry must read its stored call back as the application's classes, or
 * every retry fails ("Cannot cast Greeting to Greeting") until the delivery is dead.
 */
class RestartClassLoaderRetryIntegrationTests {

	private static final String APPLICATION_PACKAGE = "dev.signals.restart.app.";

	private final RestartingClassLoader classLoader = new RestartingClassLoader(
			RetriedCalls.class.getProtectionDomain().getCodeSource().getLocation(), getClass().getClassLoader());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withClassLoader(this.classLoader)
		.withPropertyValues("spring.datasource.generate-unique-name=true", "signals.delivery.initial-interval=50ms",
				"signals.delivery.poll-interval=100ms", "signals.delivery.max-attempts=3")
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class,
				SignalsHibernateAutoConfiguration.class, SignalsDeliveryAutoConfiguration.class,
				DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withUserConfiguration(applicationClass("RestartedApplication"));

	@AfterEach
	void closeClassLoader() throws IOException {
		this.classLoader.close();
	}

	@Test
	void aRetryReadsACustomPayloadBackAsTheApplicationsClass() {
		this.contextRunner.run((context) -> {
			Object greeting = instantiate("Greeting", new Class<?>[] { String.class }, "Hello " + UUID.randomUUID());
			send(context, "greeted", null, greeting);
			String id = completedOnTheSecondAttempt(context, greeting::equals);
			assertThat(calls(context).payload(id)).isInstanceOf(applicationClass("Greeting")).isEqualTo(greeting);
		});
	}

	@Test
	void aRetryResolvesTheSenderAsTheApplicationsClass() {
		this.contextRunner.run((context) -> {
			String wave = "Hello " + UUID.randomUUID();
			send(context, "waved", applicationClass("Greeter"), wave);
			String id = completedOnTheSecondAttempt(context, wave::equals);
			assertThat(calls(context).payload(id)).isEqualTo(wave);
			assertThat(calls(context).sender(id)).isSameAs(applicationClass("Greeter"));
		});
	}

	@Test
	void aRetryReloadsTheEntityOfASaveEventAsTheApplicationsClass() {
		this.contextRunner.run((context) -> {
			Object greeter = greeter("Ada");
			inTransaction(context, (entityManager) -> entityManager.persist(greeter));
			String id = completedOnTheSecondAttempt(context,
					(sent) -> sent instanceof PostSave<?> event && event.instance().equals(greeter));
			assertThat(calls(context).payload(id)).isInstanceOfSatisfying(PostSave.class, (event) -> {
				assertThat(event.sender()).isSameAs(applicationClass("Greeter"));
				assertThat(event.instance()).isInstanceOf(applicationClass("Greeter"))
					.isNotSameAs(greeter)
					.hasFieldOrPropertyWithValue("name", "Ada");
			});
		});
	}

	@Test
	void aRetryRebuildsTheEntityOfADeleteEventAsTheApplicationsClass() {
		this.contextRunner.run((context) -> {
			Object greeter = greeter("Grace");
			inTransaction(context, (entityManager) -> entityManager.persist(greeter));
			inTransaction(context, (entityManager) -> entityManager.remove(entityManager.merge(greeter)));
			String id = completedOnTheSecondAttempt(context,
					(sent) -> sent instanceof PostDelete<?> event && event.instance().equals(greeter));
			assertThat(calls(context).payload(id)).isInstanceOfSatisfying(PostDelete.class, (event) -> {
				assertThat(event.sender()).isSameAs(applicationClass("Greeter"));
				assertThat(event.instance()).isInstanceOf(applicationClass("Greeter"))
					.hasFieldOrPropertyWithValue("name", "Grace");
			});
		});
	}

	private static RetriedCalls calls(AssertableApplicationContext context) {
		return context.getBean(RetriedCalls.class);
	}

	private static void inTransaction(AssertableApplicationContext context, Consumer<EntityManager> work) {
		EntityManager entityManager = SharedEntityManagerCreator
			.createSharedEntityManager(context.getBean(EntityManagerFactory.class));
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> work.accept(entityManager));
	}

	@SuppressWarnings("unchecked")
	private static void send(AssertableApplicationContext context, String signal, @Nullable Class<?> sender,
			Object payload) {
		Signal<Object> named = context.getBean(signal, Signal.class);
		context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> context.getBean(Signals.class).send(named, sender, payload));
	}

	/**
	 * The id of the delivery whose first attempt, right after the commit, failed with the
	 * payload as it was sent, once its retry with the payload read back has completed.
	 */
	private static String completedOnTheSecondAttempt(AssertableApplicationContext context, Predicate<Object> sent) {
		assertThat(calls(context).failedWith(sent)).as("failed first attempts").hasSize(1);
		String id = calls(context).failedWith(sent).iterator().next();
		Deliveries deliveries = context.getBean(Deliveries.class);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> deliveries.find(id).map(Delivery::status).orElseThrow() != Status.PENDING);
		Delivery delivery = deliveries.find(id).orElseThrow();
		assertThat(delivery.status()).as("delivery %s, last error: %s", id, delivery.lastError())
			.isEqualTo(Status.COMPLETED);
		assertThat(delivery.attempts()).isEqualTo(2);
		return id;
	}

	private Class<?> applicationClass(String simpleName) {
		try {
			return this.classLoader.loadClass(APPLICATION_PACKAGE + simpleName);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A greeter with an id of its own: the delivery table outlives the test on a shared database.
	 */
	private Object greeter(String name) {
		return instantiate("Greeter", new Class<?>[] { Long.class, String.class },
				ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), name);
	}

	private Object instantiate(String simpleName, Class<?>[] parameterTypes, Object... arguments) {
		try {
			return BeanUtils.instantiateClass(applicationClass(simpleName).getConstructor(parameterTypes), arguments);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Defines the application's classes itself, from the same directory as its parent, and
	 * leaves everything else to the parent, as DevTools' {@code RestartClassLoader} does.
	 */
	static final class RestartingClassLoader extends URLClassLoader {

		static {
			registerAsParallelCapable();
		}

		RestartingClassLoader(URL classes, ClassLoader parent) {
			super(new URL[] { classes }, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith(APPLICATION_PACKAGE)) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					loaded = findClass(name);
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}

		// the parent serves the same files: found twice, the entity classes would be scanned twice
		@Override
		public @Nullable URL findResource(String name) {
			return null;
		}

		@Override
		public Enumeration<URL> findResources(String name) {
			return Collections.emptyEnumeration();
		}

	}

}
