package dev.signals.sample.jobs.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.util.StringUtils;

/**
 * Guards {@code /admin/**} with form login on the site's own {@code /login} page; the public
 * pages stay open. CSRF protection stays on: every form carries the token. Logins are
 * throttled ({@link LoginThrottle}), and every page gets a Content-Security-Policy that allows
 * only the site's own styles and scripts: the templates have no inline ones.
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

	// 'self' only: the pages load their one stylesheet and script from /css and /js, and post
	// their forms back to the site.
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

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
		ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
		failure.setDefaultFailureUrl("/login?error");
		failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.defaultSuccessUrl("/admin/jobs")
				.failureHandler(failure)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * The one way the admin logs in, for form login and HTTP Basic alike. A bean of this type
	 * also keeps Spring Boot from setting up a user of its own.
	 */
	@Bean
	AuthenticationProvider adminAuthentication(AdminProperties properties, ObjectProvider<Clock> clock) {
		return new LoginThrottle(new DaoAuthenticationProvider(adminUser(properties)),
				clock.getIfAvailable(Clock::systemUTC));
	}

	// Not a bean: beside the throttled provider Spring Security would leave it unused, and warn.
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
