package dev.signals.benchmarks.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Signal;
import dev.signals.benchmarks.writes.Item;
import dev.signals.benchmarks.writes.WriteFixture;

/**
 * The application whose startup is measured: Spring Boot's JPA auto-configuration on H2 with
 * the benchmarks' entities, a custom signal and, depending on the case, the generated receivers.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = Item.class)
public class StartupApp {

	@Bean
	Signal<Tick> tick() {
		return Signal.named("tick", Tick.class);
	}

	/**
	 * What is started.
	 */
	public enum Case {

		/** The starter disabled, no receiver beans. */
		plain(false, false),

		/** The starter with no receiver: the baseline. */
		receivers0(true, false),

		/** The starter with 50 beans of 10 receiver methods each. */
		receivers500(true, true),

		/** The same 50 beans with the starter disabled: their cost without discovery and validation. */
		beans500Disabled(false, true);

		final boolean starter;

		final boolean receivers;

		Case(boolean starter, boolean receivers) {
			this.starter = starter;
			this.receivers = receivers;
		}

	}

	public static ConfigurableApplicationContext run(Case which) {
		List<Class<?>> sources = new ArrayList<>(List.of(StartupApp.class));
		if (which.receivers) {
			sources.addAll(Arrays.asList(GeneratedReceivers.CLASSES));
		}
		return new SpringApplicationBuilder(sources.toArray(new Class<?>[0])).web(WebApplicationType.NONE)
			.properties(WriteFixture.properties(which.starter))
			.run();
	}

}
