package dev.signals.hibernate;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bridge remembers about a session dies with the session, however it ends: a pooled
 * thread that kept it would keep the session, its factory and the application context.
 */
@SpringBootTest(classes = SessionStateIntegrationTests.TestApplication.class,
		properties = "spring.jpa.open-in-view=false")
class SessionStateIntegrationTests {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private Receivers receivers;

	@BeforeEach
	void clear() {
		this.receivers.saving.clear();
	}

	@Test
	void sessionClosedWithoutATransactionOrAFlushLeavesNothingBehind() {
		Session session = openSession();
		SharedSessionContractImplementor implementor = implementor(session);
		session.persist(new Draft("unsent"));
		assertThat(this.receivers.saving).containsExactly("unsent");
		assertThat(SessionState.peek(implementor)).as("state while the session is open").isNotNull();
		session.close();
		assertThat(SessionState.peek(implementor)).as("state once the session is closed").isNull();
	}

	@Test
	void sessionClosedBeforeItsTransactionCommitsLeavesNothingBehind() {
		Session session = openSession();
		SharedSessionContractImplementor implementor = implementor(session);
		Transaction transaction = session.beginTransaction();
		session.persist(new Draft("closed early"));
		session.close();
		assertThat(SessionState.peek(implementor)).as("state while the transaction is open").isNotNull();
		transaction.commit();
		assertThat(SessionState.peek(implementor)).as("state once the transaction committed").isNull();
		assertThat(this.receivers.saving).containsExactly("closed early");
	}

	@Test
	void sessionUsedForTransactionsOneAfterAnotherLeavesNothingBehind() {
		Session session = openSession();
		SharedSessionContractImplementor implementor = implementor(session);
		for (String title : List.of("first", "second", "third")) {
			session.beginTransaction();
			session.persist(new Draft(title));
			session.getTransaction().commit();
			assertThat(SessionState.peek(implementor)).as("state after committing " + title).isNull();
		}
		session.persist(new Draft("pending"));
		assertThat(SessionState.peek(implementor)).as("state while the session is open").isNotNull();
		session.close();
		assertThat(SessionState.peek(implementor)).as("state once the session is closed").isNull();
		assertThat(this.receivers.saving).containsExactly("first", "second", "third", "pending");
	}

	@Test
	void sessionWhoseStateComesAndGoesIsListenedToOnce() throws ReflectiveOperationException {
		try (Session session = openSession()) {
			SharedSessionContractImplementor implementor = implementor(session);
			int before = sessionListeners(implementor);
			for (String title : List.of("first", "second", "third")) {
				session.beginTransaction();
				session.persist(new Draft(title));
				session.getTransaction().commit();
			}
			assertThat(sessionListeners(implementor)).isEqualTo(before + 1);
		}
	}

	/**
	 * How many listeners the session calls as it closes: Hibernate does not say, and every state
	 * created for the session must not add one more.
	 */
	private static int sessionListeners(SharedSessionContractImplementor session)
			throws ReflectiveOperationException {
		Object manager = session.getEventListenerManager();
		Field listeners = manager.getClass().getDeclaredField("listeners");
		listeners.setAccessible(true);
		Object[] registered = (Object[]) listeners.get(manager);
		return (registered != null) ? registered.length : 0;
	}

	private Session openSession() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).openSession();
	}

	private static SharedSessionContractImplementor implementor(Session session) {
		// Spring hands out the session behind a proxy
		return session.unwrap(SharedSessionContractImplementor.class);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EntityScan(basePackageClasses = Draft.class)
	@Import(Receivers.class)
	static class TestApplication {

	}

	static class Receivers {

		final List<String> saving = new CopyOnWriteArrayList<>();

		@SignalReceiver
		void saving(PreSave<Draft> event) {
			this.saving.add(event.instance().getTitle());
		}

	}

	@Entity
	@Table(name = "session_drafts")
	static class Draft {

		@Id
		@GeneratedValue
		private Long id;

		private String title;

		protected Draft() {
		}

		Draft(String title) {
			this.title = title;
		}

		String getTitle() {
			return this.title;
		}

	}

}
