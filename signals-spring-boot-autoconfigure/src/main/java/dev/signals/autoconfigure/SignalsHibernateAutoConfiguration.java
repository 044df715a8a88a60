package dev.signals.autoconfigure;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerHolder;

import dev.signals.dispatch.DefaultSignals;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.hibernate.BulkOperationInspector;
import dev.signals.hibernate.HibernateEntityReferences;
import dev.signals.hibernate.HibernateModelEventCodec;
import dev.signals.hibernate.HibernateSignalBridge;

/**
 * Auto-configuration of the Hibernate bridge: every {@link EntityManagerFactory} in the
 * context, user-defined and several included, sends model signals.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class,
		afterName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
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

	/**
	 * Durable receivers of model signals store their events through Hibernate.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
	static class ModelEventCodecConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(type = "tools.jackson.databind.json.JsonMapper")
		HibernateModelEventCodec signalModelEventCodec(HibernateSignalBridge bridge,
				tools.jackson.databind.json.JsonMapper jsonMapper, ConfigurableBeanFactory beanFactory) {
			return new HibernateModelEventCodec(bridge, jsonMapper, beanFactory.getBeanClassLoader());
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBean(type = "tools.jackson.databind.json.JsonMapper")
		HibernateEntityReferences signalEntityReferences(HibernateSignalBridge bridge,
				tools.jackson.databind.json.JsonMapper jsonMapper, ConfigurableBeanFactory beanFactory) {
			return new HibernateEntityReferences(bridge, jsonMapper, beanFactory.getBeanClassLoader());
		}

	}

	/**
	 * Spring Boot's own entity manager factory gets the bulk operation inspector; Hibernate
	 * takes statement inspectors only as it builds a session factory.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HibernatePropertiesCustomizer.class)
	static class BulkOperationsConfiguration {

		@Bean
		HibernatePropertiesCustomizer signalsBulkOperationsCustomizer(SignalsProperties properties,
				ReceiverRegistry registry) {
			return (hibernateProperties) -> {
				if (properties.getBulkOperations() == SignalsProperties.BulkOperations.IGNORE) {
					return;
				}
				Object existing = hibernateProperties.get(AvailableSettings.STATEMENT_INSPECTOR);
				if (existing == null || existing instanceof StatementInspector) {
					hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR,
							new BulkOperationInspector(registry,
									properties.getBulkOperations() == SignalsProperties.BulkOperations.FAIL,
									(StatementInspector) existing));
				}
			};
		}

	}

}
