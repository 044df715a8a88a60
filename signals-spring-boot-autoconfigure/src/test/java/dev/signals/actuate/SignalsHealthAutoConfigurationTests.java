package dev.signals.actuate;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsDeliveryAutoConfiguration;
import dev.signals.autoconfigure.SignalsHealthAutoConfiguration;
import dev.signals.delivery.DeliveryStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SignalsHealthAutoConfiguration}.
 */
class SignalsHealthAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsDeliveryAutoConfiguration.class,
				SignalsHealthAutoConfiguration.class, DataSourceAutoConfiguration.class,
				JacksonAutoConfiguration.class));

	@Test
	void registersTheIndicatorNamedSignalsWithDurableDelivery() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SignalsHealthIndicator.class);
			assertThat(context).hasBean("signalsHealthIndicator");
		});
	}

	@Test
	void bindsTheMaxPendingAge() {
		this.contextRunner.withPropertyValues("signals.delivery.health.max-pending-age=90s")
			.run((context) -> assertThat(context.getBean(SignalsHealthIndicator.class).health().getDetails())
				.containsEntry("maxPendingAge", "PT1M30S"));
	}

	@Test
	void defaultsTheMaxPendingAgeToTenMinutes() {
		this.contextRunner.run((context) -> assertThat(context.getBean(SignalsHealthIndicator.class).health().getDetails())
			.containsEntry("maxPendingAge", "PT10M"));
	}

	@Test
	void doesNotRegisterTheIndicatorWhenItIsDisabled() {
		this.contextRunner.withPropertyValues("management.health.signals.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class);
			assertThat(context).hasSingleBean(DeliveryStore.class);
		});
	}

	@Test
	void doesNotRegisterTheIndicatorWhenHealthIndicatorsAreDisabledByDefault() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class));
	}

	@Test
	void doesNotRegisterTheIndicatorWithoutDurableDelivery() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class,
					SignalsDeliveryAutoConfiguration.class, SignalsHealthAutoConfiguration.class,
					JacksonAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(DeliveryStore.class);
				assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class);
			});
	}

	@Test
	void doesNotRegisterTheIndicatorWhenSignalsAreDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class);
		});
	}

	@Test
	void doesNotRegisterTheIndicatorWithoutBootsHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(DeliveryStore.class);
			assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class);
		});
	}

	@Test
	void backsOffWhenTheUserDefinesTheIndicator() {
		this.contextRunner.withUserConfiguration(UserIndicator.class).run((context) -> {
			assertThat(context).hasSingleBean(SignalsHealthIndicator.class);
			assertThat(context).getBean(SignalsHealthIndicator.class).isSameAs(context.getBean("userSignalsHealth"));
		});
	}

	@Test
	void backsOffWhenTheUserDefinesAnotherIndicatorNamedSignals() {
		this.contextRunner.withUserConfiguration(UserNamedIndicator.class).run((context) -> {
			assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class);
			assertThat(context).getBean("signalsHealthIndicator").isInstanceOf(HealthIndicator.class);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserIndicator {

		@Bean
		SignalsHealthIndicator userSignalsHealth(DeliveryStore store) {
			return new SignalsHealthIndicator(store, Duration.ofHours(1), Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserNamedIndicator {

		@Bean
		HealthIndicator signalsHealthIndicator() {
			return () -> Health.up().build();
		}

	}

}
