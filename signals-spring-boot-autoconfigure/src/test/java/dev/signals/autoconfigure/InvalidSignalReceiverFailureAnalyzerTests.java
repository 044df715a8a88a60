package dev.signals.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.SignalReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class InvalidSignalReceiverFailureAnalyzerTests {

	@Test
	void unusableReceiverFailsStartupWithADescriptionAndAnAction(CapturedOutput output) {
		SpringApplication application = new SpringApplication(BadReceiverConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("@SignalReceiver method BadReceiver.onNothing() of bean 'badReceiver' cannot work: it takes 0 "
					+ "parameters.")
			.contains("Action:")
			.contains("declare exactly one: the event of a model signal");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(SignalsAutoConfiguration.class)
	static class BadReceiverConfiguration {

		@Bean
		BadReceiver badReceiver() {
			return new BadReceiver();
		}

	}

	static class BadReceiver {

		@SignalReceiver("anything")
		void onNothing() {
		}

	}

}
