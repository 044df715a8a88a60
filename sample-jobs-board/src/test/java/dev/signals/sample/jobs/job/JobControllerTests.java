package dev.signals.sample.jobs.job;

import java.util.List;
import java.util.Optional;

import dev.signals.sample.jobs.admin.SecurityConfiguration;
import dev.signals.sample.jobs.subscription.SubscriptionService.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(JobController.class)
@Import(SecurityConfiguration.class)
class JobControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private JobListing listing;

	@MockitoBean
	private JobRepository jobs;

	@Test
	void listsTheOpenJobsWithLinksToThem() throws Exception {
		given(this.listing.openJobs())
			.willReturn(List.of(new JobSummary(7L, "Northwind", "Backend Engineer", "Java and SQL")));

		this.mvc.perform(get("/jobs"))
			.andExpect(status().isOk())
			.andExpect(view().name("jobs/jobList"))
			.andExpect(content().string(allOf(containsString("href=\"/jobs/7\""), containsString("Backend Engineer"),
					containsString("Northwind"))))
			.andExpect(content().string(not(containsString("/actuator/signals"))));
	}

	@Test
	void saysSoWhenNoJobIsOpen() throws Exception {
		given(this.listing.openJobs()).willReturn(List.of());

		this.mvc.perform(get("/jobs")).andExpect(content().string(containsString("No open jobs right now")));
	}

	@Test
	void showsAJobWithItsSubscribeForm() throws Exception {
		given(this.jobs.findById(7L)).willReturn(Optional.of(job(7L)));

		this.mvc.perform(get("/jobs/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Backend Engineer"),
					containsString("action=\"/jobs/7/subscribe\""), containsString("name=\"email\""),
					containsString("name=\"_csrf\""))));
	}

	@Test
	void aClosedJobOffersNoSubscribeForm() throws Exception {
		Job job = job(7L);
		job.close();
		given(this.jobs.findById(7L)).willReturn(Optional.of(job));

		this.mvc.perform(get("/jobs/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("This posting is closed"), not(containsString("/jobs/7/subscribe")))));
	}

	@Test
	void aSubscriptionRefusedBecauseTheJobClosedShowsOneNotice() throws Exception {
		Job job = job(7L);
		job.close();
		given(this.jobs.findById(7L)).willReturn(Optional.of(job));

		String page = this.mvc.perform(get("/jobs/7").flashAttr("outcome", Outcome.JOB_CLOSED))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).containsOnlyOnce("class=\"notice\"").containsOnlyOnce("takes no more subscribers");
	}

	@Test
	void aRepeatedSubscriptionIsExplainedOnTheJob() throws Exception {
		given(this.jobs.findById(7L)).willReturn(Optional.of(job(7L)));

		this.mvc.perform(get("/jobs/7").flashAttr("outcome", Outcome.ALREADY_SUBSCRIBED))
			.andExpect(content().string(containsString("You are already subscribed to this job")));
	}

	@Test
	void pagesCarryAContentSecurityPolicyThatAllowsOnlyTheSitesOwnFiles() throws Exception {
		given(this.listing.openJobs()).willReturn(List.of());

		this.mvc.perform(get("/jobs"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							containsString("style-src 'self'"), containsString("frame-ancestors 'none'"),
							containsString("form-action 'self'"))));
	}

	static Job job(long id) {
		Job job = new Job("Northwind", "jobs@northwind.example", "Backend Engineer", "Java and SQL");
		ReflectionTestUtils.setField(job, "id", id);
		return job;
	}

	@Test
	void anUnknownJobIsNotFound() throws Exception {
		given(this.jobs.findById(7L)).willReturn(Optional.empty());

		this.mvc.perform(get("/jobs/7")).andExpect(status().isNotFound());
	}

}
