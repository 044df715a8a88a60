package dev.signals.restart;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.devtools.restart.classloader.RestartClassLoader;
import org.springframework.context.ConfigurableApplicationContext;

import dev.signals.Deliveries;
import dev.signals.restart.app.RestartTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A closed application context leaves nothing of itself behind in the JVM: DevTools restarts
 * and test suites start many contexts in one JVM, and each one kept alive holds its beans,
 * session factory and connection pool.
 */
class ContextRestartTests {

	private static final int RESTARTS = 3;

	@Test
	void contextsClosedByDevToolsRestartsAreCollected() {
		URL userClasses = RestartTestApplication.class.getProtectionDomain().getCodeSource().getLocation();
		List<Closed> closed = new ArrayList<>();
		for (int run = 0; run <= RESTARTS; run++) {
			// as DevTools does: the user's classes come from a new loader each time, the library's from its parent
			ClassLoader restartLoader = new RestartClassLoader(getClass().getClassLoader(), new URL[] { userClasses });
			closed.addAll(runAndClose(restartLoader));
		}
		assertCollected(closed);
	}

	@Test
	void contextsClosedOneAfterAnotherInOneClassLoaderAreCollected() {
		List<Closed> closed = new ArrayList<>();
		for (int run = 0; run <= RESTARTS; run++) {
			closed.addAll(runAndClose(getClass().getClassLoader()));
		}
		assertCollected(closed);
	}

	/**
	 * Start the application with its classes from a loader, let it write an entity and send a
	 * signal, close it, and keep only weak references to what it held.
	 */
	@SuppressWarnings("unchecked")
	private static List<Closed> runAndClose(ClassLoader classLoader) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(classLoader);
		try {
			Class<?> application = classLoader.loadClass(RestartTestApplication.class.getName());
			assertThat(application.getClassLoader()).isSameAs(classLoader);
			List<Closed> closed = new ArrayList<>();
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.properties("spring.main.banner-mode=off", "spring.jpa.hibernate.ddl-auto=create-drop")
				.run()) {
				Supplier<List<String>> activity = context.getBean("noteActivity", Supplier.class);
				assertThat(activity.get()).containsExactly("saved groceries", "shared groceries");
				assertThat(context.getBeanNamesForType(Deliveries.class))
					.as("the delivery poller, whose thread must end with the context")
					.hasSize(1);
				closed.add(new Closed("application context", context));
				closed.add(new Closed("session factory",
						context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class)));
				closed.add(new Closed("data source", context.getBean(DataSource.class)));
			}
			return closed;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static void assertCollected(List<Closed> closed) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			System.gc();
			assertThat(closed.stream().filter(Closed::isAlive).map(Closed::what))
				.as("closed but still reachable")
				.isEmpty();
		});
	}

	private record Closed(String what, WeakReference<Object> reference) {

		Closed(String what, Object object) {
			this(what + " " + object.getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(object)),
					new WeakReference<>(object));
		}

		boolean isAlive() {
			return !this.reference.refersTo(null);
		}

	}

}
