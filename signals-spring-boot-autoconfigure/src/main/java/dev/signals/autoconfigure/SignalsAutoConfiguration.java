package dev.signals.autoconfigure;

import java.util.Set;
import java.util.concurrent.Executor;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.util.ClassUtils;

import dev.signals.SignalInterceptor;
import dev.signals.Signals;
import dev.signals.dispatch.DefaultSignals;
import dev.signals.dispatch.ObservationCallObserver;
import dev.signals.dispatch.ReceiverCalls;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.receivers.SignalReceiverMethodProcessor;
import dev.signals.transaction.TransactionPhases;

/**
 * Auto-configuration of the signals dispatcher and the discovery of
 * {@link dev.signals.SignalReceiver} methods.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnBooleanProperty(name = "signals.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SignalsProperties.class)
public final class SignalsAutoConfiguration {

	// by name: JPA is optional for custom signals
	private static final String ENTITY_MANAGER_FACTORY = "jakarta.persistence.EntityManagerFactory";

	@Bean
	@ConditionalOnMissingBean
	ReceiverRegistry signalReceiverRegistry() {
		return new ReceiverRegistry();
	}

	/**
	 * Interceptors and the observation registry are resolved at the first receiver call, so
	 * that they may depend on {@link Signals} themselves.
	 */
	@Bean
	@ConditionalOnMissingBean
	ReceiverCalls signalReceiverCalls(ObjectProvider<SignalInterceptor> interceptors,
			ObjectProvider<ObservationRegistry> observations) {
		return new ReceiverCalls(() -> interceptors.orderedStream().toList(), () -> {
			ObservationRegistry registry = observations.getIfAvailable();
			return (registry != null && !registry.isNoop()) ? new ObservationCallObserver(registry) : null;
		});
	}

	/**
	 * The task executor and durable delivery are resolved when first needed: durable delivery
	 * decodes model events through the Hibernate bridge, which depends on the dispatcher.
	 */
	@Bean
	@ConditionalOnMissingBean
	TransactionPhases signalTransactionPhases(ReceiverRegistry registry, ReceiverCalls calls,
			ObjectProvider<BeforeCommitFlush> beforeCommitFlush,
			@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> applicationTaskExecutor,
			ObjectProvider<TransactionPhases.DurableCalls> durableCalls) {
		BeforeCommitFlush flush = beforeCommitFlush.getIfAvailable(() -> () -> {
		});
		return new TransactionPhases(registry, calls, flush::flush,
				() -> applicationTaskExecutor.getIfAvailable(() -> new SimpleAsyncTaskExecutor("signals-")),
				durableCalls::getIfAvailable);
	}

	@Bean
	@ConditionalOnMissingBean(Signals.class)
	DefaultSignals signals(ReceiverRegistry registry, TransactionPhases phases, ReceiverCalls calls) {
		return new DefaultSignals(registry, phases, calls);
	}

	@Bean
	@ConditionalOnMissingBean
	SignalReceiverMethodProcessor signalReceiverMethodProcessor(ConfigurableListableBeanFactory beanFactory,
			ReceiverRegistry registry, ObjectProvider<ModelSenders> modelSenders) {
		return new SignalReceiverMethodProcessor(beanFactory, registry, () -> {
			ModelSenders senders = modelSenders.getIfAvailable();
			if (senders != null) {
				return senders.entityClasses();
			}
			// only a context without any EntityManagerFactory leaves model receivers unchecked;
			// one the Hibernate bridge cannot serve still rejects them
			return hasEntityManagerFactory(beanFactory) ? Set.of() : null;
		});
	}

	private static boolean hasEntityManagerFactory(ConfigurableListableBeanFactory beanFactory) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		if (!ClassUtils.isPresent(ENTITY_MANAGER_FACTORY, classLoader)) {
			return false;
		}
		Class<?> type = ClassUtils.resolveClassName(ENTITY_MANAGER_FACTORY, classLoader);
		return beanFactory.getBeanNamesForType(type, true, false).length > 0;
	}

	@Bean
	static BeanPostProcessor signalTransactionManagerPostProcessor(ObjectProvider<TransactionPhases> phases) {
		return new TransactionManagerPostProcessor(phases);
	}

}
