package dev.signals.autoconfigure;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.signals.Signals;
import dev.signals.support.DefaultSignals;
import dev.signals.support.ReceiverRegistry;
import dev.signals.support.SignalReceiverMethodProcessor;
import dev.signals.support.TransactionPhases;

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

	@Bean
	@ConditionalOnMissingBean
	ReceiverRegistry signalReceiverRegistry() {
		return new ReceiverRegistry();
	}

	@Bean
	@ConditionalOnMissingBean
	TransactionPhases signalTransactionPhases(ReceiverRegistry registry,
			ObjectProvider<BeforeCommitFlush> beforeCommitFlush) {
		BeforeCommitFlush flush = beforeCommitFlush.getIfAvailable(() -> () -> {
		});
		return new TransactionPhases(registry, flush::flush);
	}

	@Bean
	@ConditionalOnMissingBean(Signals.class)
	DefaultSignals signals(ReceiverRegistry registry, TransactionPhases phases) {
		return new DefaultSignals(registry, phases);
	}

	@Bean
	@ConditionalOnMissingBean
	SignalReceiverMethodProcessor signalReceiverMethodProcessor(ConfigurableListableBeanFactory beanFactory,
			ReceiverRegistry registry, ObjectProvider<ModelSenders> modelSenders) {
		return new SignalReceiverMethodProcessor(beanFactory, registry,
				() -> modelSenders.getIfAvailable(() -> Set::of).entityClasses());
	}

	@Bean
	static BeanPostProcessor signalTransactionManagerPostProcessor(ObjectProvider<TransactionPhases> phases) {
		return new TransactionManagerPostProcessor(phases);
	}

}
