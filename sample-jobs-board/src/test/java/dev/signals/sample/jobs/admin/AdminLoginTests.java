package dev.signals.sample.jobs.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = { LoginController.class, AdminController.class },
		properties = "jobs-board.admin.password=test-secret")
@Import(SecurityConfiguration.class)
class AdminLoginTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MovableClock clock;

	@MockitoBean
	private JobRepository jobs;

	@MockitoBean
	private SubscriptionRepository subscriptions;

	@MockitoBean
	private JobAdministration administration;

	@BeforeEach
	void forgetEarlierFailures() {
		// the context, and so the throttle, is shared by the tests of this class
		this.clock.advance(Duration.ofDays(1));
	}

	@Test
	void theLoginPageHasTheSitesLayout() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/css/jobs-board.css\""),
					containsString("class=\"site-header\""), containsString("<h1>Log in</h1>"),
					containsString("action=\"/login\""), containsString("name=\"_csrf\""))));
	}

	@Test
	void aFailedLoginSaysSo() throws Exception {
		this.mvc.perform(login("admin", "wrong")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Wrong user name or password.")));
	}

	@Test
	void loggingOutSaysSoOnTheLoginPage() throws Exception {
		this.mvc.perform(post("/logout").with(csrf()).with(admin())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You are logged out.")));
	}

	@Test
	void theLoginPageCarriesTheContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("frame-ancestors 'none'"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminIsTheAdminsHome() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl("/admin/jobs"));
	}

	@Test
	void adminNeedsTheAdmin() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void afterFiveFailedLoginsTheUserWaitsForTheWindowToPassEvenWithTheRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.clock.advance(Duration.ofMinutes(2));
			this.mvc.perform(login("admin", "wrong" + i)).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(login("admin", "test-secret")).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("Too many failed logins. Please wait 15 minutes")));
		// the first failure was 8 minutes ago: its window ends in 7
		this.clock.advance(Duration.ofMinutes(7).minusSeconds(1));
		this.mvc.perform(login("admin", "test-secret")).andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofSeconds(1));
		this.mvc.perform(login("admin", "test-secret")).andExpect(redirectedUrl("/admin/jobs"));
	}

	@Test
	void theUserNameIsThrottledWhateverItsCase() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login((i % 2 == 0) ? "ADMIN" : "Admin", "wrong")).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(login("admin", "test-secret")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void afterFiveFailedLoginsFromOneAddressThatAddressWaits() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login("user" + i, "wrong").with(from("192.0.2.7")))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(login("admin", "test-secret").with(from("192.0.2.7")))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(login("admin", "test-secret").with(from("192.0.2.8")))
			.andExpect(redirectedUrl("/admin/jobs"));
	}

	@Test
	void aSuccessfulLoginForgetsTheFailuresBeforeIt() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(login("admin", "wrong")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("admin", "test-secret")).andExpect(redirectedUrl("/admin/jobs"));
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(login("admin", "wrong")).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(login("admin", "test-secret")).andExpect(redirectedUrl("/admin/jobs"));
	}

	private static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

	/**
	 * A clock the test moves on, so that a window passes without waiting for it.
	 */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2030-01-01T09:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
