package dev.signals.sample.jobs.admin;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Guards {@code /admin/**} with Spring Security's form login; the public pages stay open.
 * CSRF protection stays on: every form carries the token.
 * <p>
 * The actuator has a filter chain of its own. {@code health} is open, for load balancers;
 * {@code signals}, which names every receiver and counts its calls, is the admin's. The admin
 * logged in to the admin area reads it in the browser (the session is shared), tools use HTTP
 * Basic ({@code curl -u admin:...}), and anyone else gets a {@code 401}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
public class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers(EndpointRequest.to("signals"))
				.hasRole("ADMIN")
				// the index at /actuator, and whatever gets exposed next
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.defaultSuccessUrl("/admin/jobs"))
			.logout((logout) -> logout.logoutSuccessUrl("/jobs"));
		return http.build();
	}

	@Bean
	UserDetailsService adminUser(AdminProperties properties) {
		String password = properties.password();
		if (!StringUtils.hasText(password)) {
			password = generatePassword();
			// WARN so that it shows with any logging setup; a real deployment sets the property.
			logger.warn("No jobs-board.admin.password set. Log in to /admin as '" + properties.username()
					+ "' with the generated password: " + password);
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new InMemoryUserDetailsManager(
				User.withUsername(properties.username()).password(encoder.encode(password)).roles("ADMIN").build());
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
