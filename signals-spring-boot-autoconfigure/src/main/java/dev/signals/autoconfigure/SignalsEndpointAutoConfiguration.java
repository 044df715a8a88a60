package dev.signals.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.signals.actuate.SignalsEndpoint;
import dev.signals.dispatch.DefaultSignals;

/**
 * Auto-configuration of the {@code signals} actuator endpoint.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(SignalsEndpoint.class)
@ConditionalOnBean(DefaultSignals.class)
public final class SignalsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SignalsEndpoint signalsEndpoint(DefaultSignals signals, BeanFactory beanFactory) {
		return new SignalsEndpoint(signals.registry(), beanFactory);
	}

}
