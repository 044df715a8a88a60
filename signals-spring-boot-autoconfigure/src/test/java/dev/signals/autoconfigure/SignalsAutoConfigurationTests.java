package dev.signals.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.autoconfigure.entities.Article;
import dev.signals.dispatch.DefaultSignals;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.hibernate.HibernateSignalBridge;
import dev.signals.receivers.InvalidSignalReceiverException;
import dev.signals.receivers.SignalReceiverMethodProcessor;
import dev.signals.transaction.TransactionPhases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SignalsAutoConfiguration} and {@link SignalsHibernateAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignalsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsDisabledAutoConfiguration.class,
				SignalsHibernateAutoConfiguration.class));

	private final ApplicationContextRunner jpaContextRunner = this.contextRunner
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class))
		.withUserConfiguration(ArticleEntities.class);

	@Test
	void registersDispatcherRegistryPhasesAndReceiverDiscoveryByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(Signals.class);
			assertThat(context).hasSingleBean(DefaultSignals.class);
			assertThat(context).hasSingleBean(ReceiverRegistry.class);
			assertThat(context).hasSingleBean(TransactionPhases.class);
			assertThat(context).hasSingleBean(SignalReceiverMethodProcessor.class);
			assertThat(context).hasSingleBean(SignalsProperties.class);
			assertThat(context.getBean(DefaultSignals.class).registry())
				.isSameAs(context.getBean(ReceiverRegistry.class));
		});
	}

	@Test
	void connectsTheHibernateBridgeSoThatASavedEntityReachesAReceiver() {
		this.jpaContextRunner.withBean("articleReceivers", ArticleReceivers.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(HibernateSignalBridge.class);
			saveArticle(context.getBean(TransactionTemplate.class), context.getBean(EntityManagerFactory.class),
					new Article(1L, "Signals"));
			assertThat(context.getBean(ArticleReceivers.class).saved).containsExactly("immediate: Signals",
					"before commit, in transaction: Signals");
			HibernateSignalBridge bridge = context.getBean(HibernateSignalBridge.class);
			assertThat(bridge.connect(context.getBean(EntityManagerFactory.class)))
				.as("already connected at startup")
				.isFalse();
		});
	}

	@Test
	void registersAnInertSignalsInsteadOfTheDispatcherWhenDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(Signals.class);
			assertThat(context).doesNotHaveBean(DefaultSignals.class);
			assertThat(context).doesNotHaveBean(ReceiverRegistry.class);
			assertThat(context).doesNotHaveBean(TransactionPhases.class);
			assertThat(context).doesNotHaveBean(SignalReceiverMethodProcessor.class);
		});
	}

	@Test
	void startsABeanThatInjectsSignalsWhenDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.withBean(SignalsUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SignalsUser.class).signals).isSameAs(context.getBean(Signals.class));
			});
	}

	@Test
	void inertSignalsDispatchesNothingAndConnectsNothing() {
		this.contextRunner.withPropertyValues("signals.enabled=false").run((context) -> {
			Signals signals = context.getBean(Signals.class);
			List<Object> received = new ArrayList<>();
			Connection connection = signals.connect(ARTICLE_SHARED, (payload) -> received.add(payload));
			Connection model = signals.connect(ModelSignals.POST_SAVE, Article.class,
					ConnectOptions.DEFAULTS.withDispatchUid("audit"), (event) -> received.add(event));
			assertThat(connection.isConnected()).isFalse();
			assertThat(connection.disconnect()).isFalse();
			assertThat(model.isConnected()).isFalse();
			assertThat(signals.send(ARTICLE_SHARED, null, "hello")).isEmpty();
			assertThat(signals.sendRobust(ARTICLE_SHARED, Article.class, "hello")).isEmpty();
			assertThat(received).isEmpty();
			assertThat(signals.hasReceivers(ARTICLE_SHARED, null)).isFalse();
			assertThat(signals.hasReceivers(ModelSignals.POST_SAVE, Article.class)).isFalse();
			assertThat(signals.disconnect(ModelSignals.POST_SAVE, Article.class, "audit")).isFalse();
			assertThat(signals.muted(() -> "ran")).isEqualTo("ran");
			List<String> ran = new ArrayList<>();
			signals.muted(() -> ran.add("ran"));
			assertThat(ran).containsExactly("ran");
		});
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void inertSignalsStillRejectsCallsThatCouldNeverWork() {
		this.contextRunner.withPropertyValues("signals.enabled=false").run((context) -> {
			Signals signals = context.getBean(Signals.class);
			assertThatIllegalArgumentException().isThrownBy(() -> signals.send((Signal) ARTICLE_SHARED, null, 42))
				.withMessage("Signal 'article_shared' carries java.lang.String, not java.lang.Integer");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> signals.connect("post_saved", Article.class, ConnectOptions.DEFAULTS,
						(event) -> null))
				.withMessageContaining("'post_saved' is not a model signal");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> signals.connect(ARTICLE_SHARED, ConnectOptions.DEFAULTS.withAsync(true),
						(payload) -> null))
				.withMessageContaining("cannot be async in phase IMMEDIATE");
		});
	}

	@Test
	void doesNotConnectTheHibernateBridgeWhenDisabled() {
		this.jpaContextRunner.withPropertyValues("signals.enabled=false")
			.withBean("articleReceivers", ArticleReceivers.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(EntityManagerFactory.class);
				assertThat(context).hasSingleBean(Signals.class);
				assertThat(context).doesNotHaveBean(DefaultSignals.class);
				assertThat(context).doesNotHaveBean(ReceiverRegistry.class);
				assertThat(context).doesNotHaveBean(HibernateSignalBridge.class);
				assertThat(context).doesNotHaveBean(ModelSenders.class);
				assertThat(context).doesNotHaveBean(BeforeCommitFlush.class);
				saveArticle(context.getBean(TransactionTemplate.class),
						context.getBean(EntityManagerFactory.class), new Article(1L, "Quiet"));
				assertThat(context.getBean(ArticleReceivers.class).saved).isEmpty();
			});
	}

	@Test
	void leavesSignalReceiverMethodsUncalledAndUncheckedWhenDisabled() {
		this.jpaContextRunner.withPropertyValues("signals.enabled=false")
			.withBean("articleShared", Signal.class, () -> ARTICLE_SHARED)
			.withBean("articleReceivers", ArticleReceivers.class)
			.withBean("sharedReceivers", SharedReceivers.class)
			.withBean("notAnEntityReceivers", NotAnEntityReceivers.class)
			.run((context) -> {
				assertThat(context).as("an invalid receiver fails no startup").hasNotFailed();
				saveArticle(context.getBean(TransactionTemplate.class),
						context.getBean(EntityManagerFactory.class), new Article(2L, "Unheard"));
				assertThat(context.getBean(Signals.class).send(ARTICLE_SHARED, null, "Unheard")).isEmpty();
				assertThat(context.getBean(ArticleReceivers.class).saved).isEmpty();
				assertThat(context.getBean(SharedReceivers.class).shared).isEmpty();
			});
	}

	@Test
	void backsOffWhenTheUserDefinesSignalsWhileDisabled() {
		Signals userSignals = mock(Signals.class);
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.withBean("userSignals", Signals.class, () -> userSignals)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(Signals.class);
				assertThat(context.getBean(Signals.class)).isSameAs(userSignals);
			});
	}

	@Test
	void backsOffWhenTheUserDefinesSignals() {
		Signals userSignals = mock(Signals.class);
		this.contextRunner.withBean("userSignals", Signals.class, () -> userSignals).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(Signals.class);
			assertThat(context.getBean(Signals.class)).isSameAs(userSignals);
			assertThat(context).doesNotHaveBean(DefaultSignals.class);
		});
	}

	@Test
	void doesNotConnectTheHibernateBridgeWhenTheUserDefinesSignals() {
		Signals userSignals = mock(Signals.class);
		this.jpaContextRunner.withBean("userSignals", Signals.class, () -> userSignals).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(EntityManagerFactory.class);
			assertThat(context.getBean(Signals.class)).isSameAs(userSignals);
			assertThat(context).doesNotHaveBean(DefaultSignals.class);
			assertThat(context).doesNotHaveBean(HibernateSignalBridge.class);
		});
	}

	@Test
	void usesTheUsersReceiverRegistry() {
		ReceiverRegistry userRegistry = new ReceiverRegistry();
		this.jpaContextRunner.withBean("userRegistry", ReceiverRegistry.class, () -> userRegistry)
			.withBean("articleReceivers", ArticleReceivers.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(ReceiverRegistry.class);
				assertThat(context.getBean(ReceiverRegistry.class)).isSameAs(userRegistry);
				assertThat(context.getBean(DefaultSignals.class).registry()).isSameAs(userRegistry);
				assertThat(userRegistry.all()).extracting((receiver) -> receiver.receiver())
					.contains("articleReceivers.immediate", "articleReceivers.beforeCommit");
			});
	}

	@Test
	void doesNotConnectTheHibernateBridgeWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate")).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(Signals.class);
			assertThat(context).doesNotHaveBean(HibernateSignalBridge.class);
		});
	}

	@Test
	void doesNotConnectTheHibernateBridgeWhenSessionFactoryImplementorIsMissingEvenWithAnEntityManagerFactory() {
		this.jpaContextRunner.withClassLoader(new FilteredClassLoader(SessionFactoryImplementor.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(EntityManagerFactory.class);
				assertThat(context).hasSingleBean(Signals.class);
				assertThat(context).doesNotHaveBean(HibernateSignalBridge.class);
			});
	}

	@Test
	void doesNotConnectTheHibernateBridgeWithoutAnEntityManagerFactory() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(EntityManagerFactory.class);
			assertThat(context).hasSingleBean(Signals.class);
			assertThat(context).doesNotHaveBean(HibernateSignalBridge.class);
		});
	}

	@Test
	void connectsModelReceiversThatStayInertWithoutAnEntityManagerFactory(CapturedOutput output) {
		this.contextRunner.withBean("articleReceivers", ArticleReceivers.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(EntityManagerFactory.class);
			assertThat(context.getBean(Signals.class).hasReceivers(ModelSignals.POST_SAVE, Article.class)).isTrue();
			assertThat(output).containsOnlyOnce("No EntityManagerFactory in the context: 2 model signal receivers are "
					+ "connected but no entity writes will send model signals");
		});
	}

	@Test
	void failsTheStartupForAModelReceiverWhoseSenderIsNotAnEntityOfTheEntityManagerFactory() {
		this.jpaContextRunner.withBean("notAnEntityReceivers", NotAnEntityReceivers.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(InvalidSignalReceiverException.class)
				.hasMessageContaining("bean 'notAnEntityReceivers'")
				.hasMessageContaining("its sender " + NotAnEntity.class.getName() + " is not a JPA entity");
		});
	}

	@Test
	void addsTheTransactionListenerToAUserDefinedTransactionManager() {
		this.jpaContextRunner.withUserConfiguration(UserTransactionManager.class).run((context) -> {
			assertThat(context).hasNotFailed();
			JpaTransactionManager transactionManager = context.getBean(JpaTransactionManager.class);
			assertThat(transactionManager).isSameAs(context.getBean(UserTransactionManager.class).transactionManager);
			assertThat(transactionManager.getTransactionExecutionListeners())
				.anySatisfy((listener) -> assertThat(listener.getClass().getName())
					.startsWith(TransactionManagerPostProcessor.class.getName()));
		});
	}

	@Test
	void beforeCommitReceiverGetsTheModelWriteThatTheCommitFlushes() {
		this.jpaContextRunner.withUserConfiguration(UserTransactionManager.class)
			.withBean("articleReceivers", ArticleReceivers.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				List<String> afterCallback = new ArrayList<>();
				ArticleReceivers receivers = context.getBean(ArticleReceivers.class);
				saveArticle(context.getBean(TransactionTemplate.class), context.getBean(EntityManagerFactory.class),
						new Article(7L, "Flushed by commit"), () -> afterCallback.addAll(receivers.saved));
				assertThat(afterCallback).as("the INSERT waits for the flush").isEmpty();
				assertThat(receivers.saved).containsExactly("immediate: Flushed by commit",
						"before commit, in transaction: Flushed by commit");
			});
	}

	@Test
	void generatesMetadataDescribingTheEnabledProperty() throws IOException {
		String metadata = null;
		for (URL resource : Collections
			.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream input = resource.openStream()) {
				String json = new String(input.readAllBytes(), StandardCharsets.UTF_8);
				if (json.contains("dev.signals.autoconfigure.SignalsProperties")) {
					metadata = json;
				}
			}
		}
		assertThat(metadata).as("metadata of SignalsProperties on the classpath").isNotNull();
		List<Map<String, Object>> properties = JsonPath.read(metadata, "$.properties[?(@.name == 'signals.enabled')]");
		assertThat(properties).singleElement().satisfies((property) -> {
			assertThat(property).containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
			assertThat((String) property.get("description")).startsWith("Whether to ");
		});
	}

	private static void saveArticle(TransactionTemplate transaction, EntityManagerFactory entityManagerFactory,
			Article article) {
		saveArticle(transaction, entityManagerFactory, article, () -> {
		});
	}

	private static void saveArticle(TransactionTemplate transaction, EntityManagerFactory entityManagerFactory,
			Article article, Runnable atEndOfCallback) {
		transaction.executeWithoutResult((status) -> {
			EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
			assertThat(entityManager).isNotNull();
			entityManager.persist(article);
			atEndOfCallback.run();
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Article.class)
	static class ArticleEntities {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTransactionManager {

		final JpaTransactionManager transactionManager = new JpaTransactionManager();

		@Bean
		JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
			this.transactionManager.setEntityManagerFactory(entityManagerFactory);
			return this.transactionManager;
		}

	}

	static final Signal<String> ARTICLE_SHARED = Signal.named("article_shared", String.class);

	static class SignalsUser {

		final Signals signals;

		SignalsUser(Signals signals) {
			this.signals = signals;
		}

	}

	static class SharedReceivers {

		final List<String> shared = Collections.synchronizedList(new ArrayList<>());

		@SignalReceiver
		void shared(String title) {
			this.shared.add(title);
		}

	}

	static class NotAnEntity {

	}

	static class NotAnEntityReceivers {

		@SignalReceiver(sender = NotAnEntity.class)
		void saved(PostSave<Object> event) {
		}

	}

	static class ArticleReceivers {

		final List<String> saved = Collections.synchronizedList(new ArrayList<>());

		@SignalReceiver
		void immediate(PostSave<Article> event) {
			this.saved.add("immediate: " + event.instance().getTitle());
		}

		@SignalReceiver(phase = Phase.BEFORE_COMMIT)
		void beforeCommit(PostSave<Article> event) {
			this.saved.add("before commit" + (TransactionSynchronizationManager.isActualTransactionActive()
					? ", in transaction: " : ", outside a transaction: ") + event.instance().getTitle());
		}

	}

}
