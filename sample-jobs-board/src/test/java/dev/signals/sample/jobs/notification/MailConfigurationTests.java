package dev.signals.sample.jobs.notification;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class MailConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(MailConfiguration.class);

	@Test
	void writesToTheConsoleWithoutAMailServer() {
		this.contextRunner
			.run((context) -> assertThat(context).getBean(MailBackend.class).isInstanceOf(ConsoleMailBackend.class));
	}

	@Test
	void sendsThroughSmtpWhenSpringBootConfiguredAMailSender() {
		this.contextRunner.withBean(JavaMailSender.class, JavaMailSenderImpl::new)
			.run((context) -> assertThat(context).getBean(MailBackend.class).isInstanceOf(SmtpMailBackend.class));
	}

	@Test
	void signsWithTheConfiguredSender() {
		this.contextRunner.withPropertyValues("jobs-board.mail.from=board@example.com")
			.run((context) -> assertThat(context.getBean(NotificationProperties.class).from())
				.isEqualTo("board@example.com"));
	}

}
