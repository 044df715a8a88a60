package dev.signals.aot;

import java.io.IOException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsDeliveryAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class DeliverySchemaRuntimeHintsTests {

	private static final String SCRIPTS = "dev/signals/delivery/";

	@Test
	void registersEveryDeliveryTableScriptWithDurableDelivery() throws IOException {
		RuntimeHints hints = AotProcessing.hintsFor(DurableDeliveryApplication.class);
		Resource[] scripts = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:" + SCRIPTS + "schema-*.sql");
		assertThat(scripts).hasSizeGreaterThanOrEqualTo(3);
		for (Resource script : scripts) {
			assertThat(RuntimeHintsPredicates.resource().forResource(SCRIPTS + script.getFilename())).accepts(hints);
		}
	}

	@Test
	void registersNoScriptWithoutDurableDelivery() {
		RuntimeHints hints = AotProcessing.hintsFor(SignalsOnlyApplication.class);
		assertThat(RuntimeHintsPredicates.resource().forResource(SCRIPTS + "schema-h2.sql")).rejects(hints);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ SignalsAutoConfiguration.class, SignalsDeliveryAutoConfiguration.class })
	static class DurableDeliveryApplication {

		// AOT processing only reads the bean definitions: no database starts
		@Bean
		DataSource dataSource() {
			return new EmbeddedDatabaseBuilder().generateUniqueName(true).build();
		}

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ SignalsAutoConfiguration.class, SignalsDeliveryAutoConfiguration.class })
	static class SignalsOnlyApplication {

	}

}
