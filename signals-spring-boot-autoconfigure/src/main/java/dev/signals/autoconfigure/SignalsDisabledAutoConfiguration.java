package dev.signals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.signals.Signals;
import dev.signals.dispatch.DefaultSignals;

/**
 * Auto-configuration of an inert {@link Signals} when {@code signals.enabled=false}, so that
 * the beans that inject it still start while nothing is dispatched.
 *
 * @since 0.2.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "signals.enabled", havingValue = false)
public final class SignalsDisabledAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Signals signals() {
		return DefaultSignals.inert();
	}

}
