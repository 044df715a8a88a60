package dev.signals.autoconfigure;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.signals.actuate.SignalsHealthIndicator;
import dev.signals.delivery.DeliveryStore;

/**
 * Auto-configuration of the {@code signals} health indicator of durable delivery.
 *
 * @since 0.2.0
 */
@AutoConfiguration(after = SignalsDeliveryAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(DeliveryStore.class)
@ConditionalOnEnabledHealthIndicator("signals")
public final class SignalsHealthAutoConfiguration {

	// the bean name makes Boot call the indicator "signals"
	@Bean
	@ConditionalOnMissingBean(value = SignalsHealthIndicator.class, name = "signalsHealthIndicator")
	SignalsHealthIndicator signalsHealthIndicator(DeliveryStore store, SignalsProperties properties) {
		return new SignalsHealthIndicator(store, properties.getDelivery().getHealth().getMaxPendingAge(),
				Clock.systemUTC());
	}

}
