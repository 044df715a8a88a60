package dev.signals.benchmarks.durable;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Signal;

/**
 * The application of the durable delivery benchmark: Spring Boot's JPA auto-configuration on H2
 * with no entity of its own (Spring Modulith's JPA registry brings its publication entity), and
 * no component scan: the receiver or listener of a {@link DurableVariant} is added as a source.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class DurableApp {

	public static final Signal<OrderPlaced> ORDER_PLACED = Signal.named("order_placed", OrderPlaced.class);

	@Bean
	Signal<OrderPlaced> orderPlaced() {
		return ORDER_PLACED;
	}

}
