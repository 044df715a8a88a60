package dev.signals.autoconfigure;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.Deliveries;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.delivery.DeliveryPoller;
import dev.signals.delivery.DeliveryStatistics;
import dev.signals.delivery.DeliveryStore;
import dev.signals.receivers.InvalidSignalReceiverException;
import dev.signals.transaction.TransactionPhases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignalsDeliveryAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsDeliveryAutoConfiguration.class,
				DataSourceAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void setsUpDurableDeliveryWithADataSourceAndJacksonAndCreatesTheTable() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(TransactionPhases.DurableCalls.class)
				.hasSingleBean(DeliveryPoller.class)
				.hasSingleBean(Deliveries.class)
				.hasSingleBean(DeliveryStatistics.class)
				.hasSingleBean(DeliveryStore.class);
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("select count(*) from signals_delivery", Long.class)).isZero();
		});
	}

	@Test
	void doesNotCreateTheTableWhenSwitchedOff() {
		this.contextRunner.withPropertyValues("signals.delivery.initialize-schema=false").run((context) -> {
			assertThat(context).hasSingleBean(TransactionPhases.DurableCalls.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThatExceptionOfType(BadSqlGrammarException.class)
				.isThrownBy(() -> jdbc.queryForObject("select count(*) from signals_delivery", Long.class));
		});
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(TransactionPhases.DurableCalls.class));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class,
					SignalsDeliveryAutoConfiguration.class, JacksonAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TransactionPhases.DurableCalls.class));
	}

	@Test
	void backsOffWithoutJacksonAndThenADurableReceiverFailsTheStartup() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("tools.jackson"))
			.withUserConfiguration(DurableReceiver.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).isInstanceOf(InvalidSignalReceiverException.class)
					.hasMessageContaining("DurableReceiver.shipped(String)")
					.hasMessageContaining("durable delivery is not set up")
					.hasMessageContaining("Jackson");
			});
	}

	@Test
	void badRetrySettingFailsTheStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("signals.delivery.max-attempts=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("signals.delivery.max-attempts")
				.hasMessageContaining("at least 1"));
	}

	@Test
	void userDefinedStoreWins() {
		this.contextRunner.withUserConfiguration(UserStore.class).run((context) -> {
			assertThat(context).hasSingleBean(DeliveryStore.class);
			assertThat(context.getBean(DeliveryStore.class)).isSameAs(context.getBean(UserStore.class).store);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class DurableReceiver {

		@Bean
		Signal<String> shipped() {
			return Signal.named("shipped", String.class);
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void shipped(String parcel) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserStore {

		DeliveryStore store;

		@Bean
		DeliveryStore userDeliveryStore(DataSource dataSource) {
			this.store = new DeliveryStore(dataSource);
			this.store.createSchema();
			return this.store;
		}

	}

}
