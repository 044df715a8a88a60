package dev.signals.autoconfigure;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.EntityManagerHolder;

import dev.signals.hibernate.HibernateSignalBridge;
import dev.signals.support.DefaultSignals;

/**
 * Auto-configuration of the Hibernate bridge: every {@link EntityManagerFactory} in the
 * context, user-defined and several included, sends model signals.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class,
		afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ SessionFactoryImplementor.class, EntityManagerFactory.class, EntityManagerHolder.class })
@ConditionalOnBean({ DefaultSignals.class, EntityManagerFactory.class })
public final class SignalsHibernateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HibernateSignalBridge hibernateSignalBridge(DefaultSignals signals) {
		return new HibernateSignalBridge(signals);
	}

	@Bean
	SmartInitializingSingleton hibernateSignalBridgeConnector(HibernateSignalBridge bridge,
			ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		return () -> entityManagerFactories.orderedStream().forEach(bridge::connect);
	}

	@Bean
	ModelSenders hibernateModelSenders(ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		return () -> HibernateSignalBridge.entityClasses(entityManagerFactories.orderedStream().toList());
	}

	@Bean
	BeforeCommitFlush jpaBeforeCommitFlush() {
		return HibernateSignalBridge::flushTransactionalEntityManagers;
	}

}
