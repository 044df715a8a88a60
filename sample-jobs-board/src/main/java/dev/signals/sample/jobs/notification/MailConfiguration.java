package dev.signals.sample.jobs.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Picks the mail backend: SMTP when Spring Boot configured a {@link JavaMailSender} (it does
 * once {@code spring.mail.host} is set), the console otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class MailConfiguration {

	@Bean
	MailBackend mailBackend(ObjectProvider<JavaMailSender> mailSender) {
		JavaMailSender sender = mailSender.getIfAvailable();
		return (sender != null) ? new SmtpMailBackend(sender) : new ConsoleMailBackend();
	}

}
