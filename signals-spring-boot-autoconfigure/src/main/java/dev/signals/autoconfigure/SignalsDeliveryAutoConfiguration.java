package dev.signals.autoconfigure;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.Deliveries;
import dev.signals.aot.DeliverySchemaRuntimeHints;
import dev.signals.delivery.DefaultDeliveries;
import dev.signals.delivery.DeliveryAttempts;
import dev.signals.delivery.DeliveryCleanup;
import dev.signals.delivery.DeliveryPoller;
import dev.signals.delivery.DeliverySettings;
import dev.signals.delivery.DeliveryStore;
import dev.signals.delivery.DueDeliveries;
import dev.signals.delivery.DurableCallRecorder;
import dev.signals.delivery.PayloadCodec;
import dev.signals.dispatch.DefaultSignals;
import dev.signals.dispatch.ReceiverCalls;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Auto-configuration of durable delivery: the delivery table on the application's
 * {@link DataSource}, payloads stored with its JSON mapper, and the poller that retries.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { SignalsAutoConfiguration.class, SignalsHibernateAutoConfiguration.class },
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnClass({ JdbcTemplate.class, JsonMapper.class })
@ConditionalOnBean({ DefaultSignals.class, JsonMapper.class })
@ConditionalOnSingleCandidate(DataSource.class)
@ImportRuntimeHints(DeliverySchemaRuntimeHints.class)
public final class SignalsDeliveryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DeliveryStore signalDeliveryStore(DataSource dataSource, SignalsProperties properties) {
		DeliveryStore store = new DeliveryStore(dataSource);
		if (properties.getDelivery().isInitializeSchema()) {
			store.createSchema();
		}
		return store;
	}

	@Bean
	@ConditionalOnMissingBean
	DeliverySettings signalDeliverySettings(SignalsProperties properties) {
		SignalsProperties.Delivery delivery = properties.getDelivery();
		validate(delivery);
		return new DeliverySettings(delivery.getMaxAttempts(), delivery.getInitialInterval(), delivery.getMultiplier(),
				delivery.getMaxInterval(), delivery.getPollInterval(), delivery.getLease(), delivery.getBatchSize(),
				delivery.getKeepCompleted(), delivery.getCleanupInterval());
	}

	@Bean
	@ConditionalOnMissingBean
	PayloadCodec signalPayloadCodec(JsonMapper jsonMapper, ObjectProvider<PayloadCodec.ModelEventCodec> modelEvents,
			ObjectProvider<PayloadCodec.EntityReferences> entities) {
		return new PayloadCodec(jsonMapper, modelEvents.getIfAvailable(), entities.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	DeliveryAttempts signalDeliveryAttempts(DeliveryStore store, ReceiverCalls calls, DeliverySettings settings) {
		return new DeliveryAttempts(store, calls, settings, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	DurableCallRecorder signalDurableCalls(DeliveryStore store, PayloadCodec codec, DeliveryAttempts attempts) {
		return new DurableCallRecorder(store, codec, attempts, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	DueDeliveries signalDueDeliveries(DeliveryStore store, PayloadCodec codec, ReceiverRegistry registry,
			DeliveryAttempts attempts, DeliverySettings settings, ConfigurableBeanFactory beanFactory) {
		return new DueDeliveries(store, codec, registry, attempts, settings, Clock.systemUTC(),
				beanFactory.getBeanClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean
	DeliveryCleanup signalDeliveryCleanup(DeliveryStore store, DeliverySettings settings) {
		return new DeliveryCleanup(store, settings, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	DeliveryPoller signalDeliveryPoller(DueDeliveries due, DeliveryCleanup cleanup, DeliverySettings settings) {
		return new DeliveryPoller(due, cleanup, settings);
	}

	@Bean
	@ConditionalOnMissingBean(Deliveries.class)
	DefaultDeliveries signalDeliveries(DeliveryStore store) {
		return new DefaultDeliveries(store, Clock.systemUTC());
	}

	private static void validate(SignalsProperties.Delivery delivery) {
		require(delivery.getMaxAttempts() >= 1, "max-attempts", delivery.getMaxAttempts(), "at least 1");
		require(delivery.getMultiplier() >= 1.0, "multiplier", delivery.getMultiplier(), "at least 1.0");
		require(delivery.getBatchSize() >= 1, "batch-size", delivery.getBatchSize(), "at least 1");
		require(isPositive(delivery.getInitialInterval()), "initial-interval", delivery.getInitialInterval(), "positive");
		require(!delivery.getMaxInterval().minus(delivery.getInitialInterval()).isNegative(), "max-interval",
				delivery.getMaxInterval(), "at least signals.delivery.initial-interval");
		require(isPositive(delivery.getPollInterval()), "poll-interval", delivery.getPollInterval(), "positive");
		require(isPositive(delivery.getLease()), "lease", delivery.getLease(), "positive");
		require(isPositive(delivery.getCleanupInterval()), "cleanup-interval", delivery.getCleanupInterval(), "positive");
		require(!delivery.getKeepCompleted().isNegative(), "keep-completed", delivery.getKeepCompleted(), "not negative");
	}

	private static boolean isPositive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	private static void require(boolean valid, String property, Object value, String expectation) {
		if (!valid) {
			throw new InvalidConfigurationPropertyValueException("signals.delivery." + property, value,
					"It must be " + expectation + ".");
		}
	}

}
