package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Subscription;
import java.util.Optional;

import dev.signals.sample.jobs.admin.SecurityConfiguration;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.subscription.SubscriptionService.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SubscriptionController.class)
@Import(SecurityConfiguration.class)
class SubscriptionControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private SubscriptionService subscriptions;

	@MockitoBean
	private JobRepository jobs;

	@BeforeEach
	void job() {
		given(this.jobs.findById(7L)).willReturn(Optional.of(new Job("Northwind", "jobs@northwind.example",
				"Backend Engineer", "Java and SQL")));
	}

	@Test
	void subscribingRedirectsToTheConfirmationSoThatARefreshDoesNotSubscribeAgain() throws Exception {
		given(this.subscriptions.subscribe(7L, "ann@example.com")).willReturn(Outcome.SUBSCRIBED);

		this.mvc.perform(post("/jobs/7/subscribe").param("email", "ann@example.com").with(csrf()))
			.andExpect(redirectedUrl("/jobs/7/subscribed"))
			.andExpect(flash().attribute("email", "ann@example.com"));
	}

	@Test
	void theConfirmationShowsTheEmailJustSubscribed() throws Exception {
		this.mvc.perform(get("/jobs/7/subscribed").flashAttr("email", "ann@example.com"))
			.andExpect(status().isOk())
			.andExpect(view().name("subscriptions/subscribed"))
			.andExpect(content().string(allOf(containsString("Subscription confirmed"),
					containsString("ann@example.com"), containsString("Backend Engineer"))));
	}

	@Test
	void theConfirmationWithoutASubscriptionJustMadeShowsTheJob() throws Exception {
		this.mvc.perform(get("/jobs/7/subscribed")).andExpect(redirectedUrl("/jobs/7"));
	}

	@Test
	void whitespaceAroundTheEmailIsIgnored() throws Exception {
		given(this.subscriptions.subscribe(7L, "ann@example.com")).willReturn(Outcome.SUBSCRIBED);

		this.mvc.perform(post("/jobs/7/subscribe").param("email", "  ann@example.com\t").with(csrf()))
			.andExpect(redirectedUrl("/jobs/7/subscribed"))
			.andExpect(flash().attribute("email", "ann@example.com"));
		then(this.subscriptions).should().subscribe(7L, "ann@example.com");
	}

	@Test
	void anInvalidEmailShowsTheFormAgainWithTheError() throws Exception {
		this.mvc.perform(post("/jobs/7/subscribe").param("email", "not-an-email").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("jobs/jobDetails"))
			.andExpect(model().attributeHasFieldErrors("subscribeForm", "email"))
			.andExpect(content().string(allOf(containsString("class=\"field-error\""),
					containsString("value=\"not-an-email\""),
					containsString("This is not an email address. An address looks like you@example.com."))));
		then(this.subscriptions).shouldHaveNoInteractions();
	}

	@Test
	void aMissingEmailIsAskedFor() throws Exception {
		this.mvc.perform(post("/jobs/7/subscribe").param("email", "   ").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter your email address.")));
		then(this.subscriptions).shouldHaveNoInteractions();
	}

	@Test
	void anOverlongEmailSaysHowLongItMayBe() throws Exception {
		this.mvc.perform(post("/jobs/7/subscribe").param("email", "a".repeat(250) + "@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An email address has at most 255 characters.")));
		then(this.subscriptions).shouldHaveNoInteractions();
	}

	@Test
	void subscribingTwiceGoesBackToTheJobWithAFriendlyMessage() throws Exception {
		given(this.subscriptions.subscribe(7L, "ann@example.com")).willReturn(Outcome.ALREADY_SUBSCRIBED);

		this.mvc.perform(post("/jobs/7/subscribe").param("email", "ann@example.com").with(csrf()))
			.andExpect(redirectedUrl("/jobs/7"))
			.andExpect(flash().attribute("outcome", Outcome.ALREADY_SUBSCRIBED));
	}

	@Test
	void subscribingToAClosedJobGoesBackToTheJob() throws Exception {
		given(this.subscriptions.subscribe(7L, "ann@example.com")).willReturn(Outcome.JOB_CLOSED);

		this.mvc.perform(post("/jobs/7/subscribe").param("email", "ann@example.com").with(csrf()))
			.andExpect(redirectedUrl("/jobs/7"))
			.andExpect(flash().attribute("outcome", Outcome.JOB_CLOSED));
	}

	@Test
	void subscribingToAnUnknownJobIsNotFound() throws Exception {
		given(this.jobs.findById(8L)).willReturn(Optional.empty());
		given(this.subscriptions.subscribe(anyLong(), anyString())).willThrow(new JobNotFoundException(8));

		this.mvc.perform(post("/jobs/8/subscribe").param("email", "ann@example.com").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void subscribingWithoutTheCsrfTokenIsForbidden() throws Exception {
		this.mvc.perform(post("/jobs/7/subscribe").param("email", "ann@example.com"))
			.andExpect(status().isForbidden());
		then(this.subscriptions).shouldHaveNoInteractions();
	}

}
