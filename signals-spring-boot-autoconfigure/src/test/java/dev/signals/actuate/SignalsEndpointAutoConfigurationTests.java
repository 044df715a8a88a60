package dev.signals.actuate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Signal;
import dev.signals.actuate.app.TicketClosed;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsEndpointAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SignalsEndpointAutoConfiguration}.
 */
class SignalsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsEndpointAutoConfiguration.class));

	private final ApplicationContextRunner exposedRunner = this.contextRunner
		.withPropertyValues("management.endpoints.web.exposure.include=signals");

	@Test
	void registersTheEndpointWhenExposed() {
		this.exposedRunner.withUserConfiguration(CustomSignal.class).run((context) -> {
			assertThat(context).hasSingleBean(SignalsEndpoint.class);
			assertThat(context.getBean(SignalsEndpoint.class).signals().signals())
				.extracting(SignalsEndpoint.SignalDescriptor::name)
				.containsExactly("pre_save", "post_save", "pre_delete", "post_delete", "ticket_closed");
		});
	}

	@Test
	void doesNotRegisterTheEndpointWhenNotExposed() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsEndpoint.class);
		});
	}

	@Test
	void doesNotRegisterTheEndpointWhenItsAccessIsNone() {
		this.exposedRunner.withPropertyValues("management.endpoint.signals.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void doesNotRegisterTheEndpointWhenDisabled() {
		this.exposedRunner.withPropertyValues("management.endpoint.signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void doesNotRegisterTheEndpointWithoutActuator() {
		this.exposedRunner.withClassLoader(new FilteredClassLoader(Endpoint.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsEndpoint.class);
		});
	}

	@Test
	void doesNotRegisterTheEndpointWhenSignalsAreDisabled() {
		this.exposedRunner.withPropertyValues("signals.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SignalsEndpoint.class);
		});
	}

	@Test
	void backsOffWhenTheUserDefinesTheEndpoint() {
		this.exposedRunner.withUserConfiguration(UserEndpoint.class).run((context) -> {
			assertThat(context).hasSingleBean(SignalsEndpoint.class);
			assertThat(context).getBean(SignalsEndpoint.class).isSameAs(context.getBean("userSignalsEndpoint"));
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomSignal {

		@Bean
		Signal<TicketClosed> ticketClosed() {
			return Signal.named("ticket_closed", TicketClosed.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserEndpoint {

		@Bean
		SignalsEndpoint userSignalsEndpoint(BeanFactory beanFactory) {
			return new SignalsEndpoint(new ReceiverRegistry(), beanFactory);
		}

	}

}
