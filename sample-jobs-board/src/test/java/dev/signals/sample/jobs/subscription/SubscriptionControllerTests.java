package dev.signals.sample.jobs.subscription;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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
	void subscribingShowsTheConfirmation() throws Exception {
		given(this.subscriptions.subscribe(7L, "ann@example.com")).willReturn(Outcome.SUBSCRIBED);

		this.mvc.perform(post("/jobs/7/subscribe").param("email", "ann@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("subscriptions/subscribed"))
			.andExpect(content().string(allOf(containsString("Subscription confirmed"),
					containsString("ann@example.com"), containsString("Backend Engineer"))));
	}

	@Test
	void anInvalidEmailShowsTheFormAgainWithTheError() throws Exception {
		this.mvc.perform(post("/jobs/7/subscribe").param("email", "not-an-email").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("jobs/jobDetails"))
			.andExpect(model().attributeHasFieldErrors("subscribeForm", "email"))
			.andExpect(content().string(allOf(containsString("class=\"field-error\""),
					containsString("value=\"not-an-email\""))));
		then(this.subscriptions).shouldHaveNoInteractions();
	}

	@Test
	void subscribingTwiceShowsAFriendlyMessage() throws Exception {
		given(this.subscriptions.subscribe(7L, "ann@example.com")).willReturn(Outcome.ALREADY_SUBSCRIBED);

		this.mvc.perform(post("/jobs/7/subscribe").param("email", "ann@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("jobs/jobDetails"))
			.andExpect(content().string(containsString("You are already subscribed to this job")));
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
