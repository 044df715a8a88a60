package dev.signals.examples;

import org.slf4j.MDC;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.SignalInterceptor;

/**
 * Puts the signal's name in the logging MDC around every receiver call.
 */
@Configuration(proxyBeanMethods = false)
class SignalMdc {

	@Bean
	SignalInterceptor mdc() {
		return (invocation) -> {
			try (var entry = MDC.putCloseable("signal", invocation.signal())) {
				return invocation.proceed();
			}
		};
	}

}
