package dev.signals.sample.jobs.admin;

import java.util.List;
import java.util.Optional;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
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

@WebMvcTest(controllers = JobAdminController.class, properties = "jobs-board.admin.password=test-secret")
@Import(SecurityConfiguration.class)
class JobAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private JobRepository jobs;

	@MockitoBean
	private SubscriptionRepository subscriptions;

	@MockitoBean
	private JobAdministration administration;

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/admin/jobs")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/jobs/7/delete").with(csrf())).andExpect(redirectedUrl("/login"));
		then(this.administration).shouldHaveNoInteractions();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsEveryJobWithItsActions() throws Exception {
		Job closed = new Job("Contoso", "jobs@contoso.example", "Data Analyst", null);
		closed.close();
		given(this.jobs.findAllByOrderByCreatedAtDescIdDesc())
			.willReturn(List.of(new Job("Northwind", "jobs@northwind.example", "Backend Engineer", null), closed));

		this.mvc.perform(get("/admin/jobs"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Backend Engineer"), containsString("Data Analyst"),
					containsString("Closed"), containsString("/delete"), containsString("Log out"),
					containsString("href=\"/actuator/signals\""))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void createsAJob() throws Exception {
		this.mvc
			.perform(post("/admin/jobs/new").param("title", "Backend Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"))
			.andExpect(flash().attribute("message", "admin.jobs.created"));
		then(this.administration).should().create(argThat((form) -> form.getTitle().equals("Backend Engineer")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void anInvalidJobShowsTheFormWithItsErrors() throws Exception {
		this.mvc.perform(post("/admin/jobs/new").param("title", "").param("companyEmail", "nope").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/jobForm"))
			.andExpect(model().attributeHasFieldErrors("jobForm", "title", "company", "companyEmail"));
		then(this.administration).shouldHaveNoInteractions();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void editsAJob() throws Exception {
		this.mvc
			.perform(post("/admin/jobs/7/edit").param("title", "Senior Backend Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		then(this.administration).should()
			.update(eq(7L), argThat((form) -> form.getTitle().equals("Senior Backend Engineer")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void closesAJob() throws Exception {
		this.mvc.perform(post("/admin/jobs/7/close").with(csrf())).andExpect(redirectedUrl("/admin/jobs"));
		then(this.administration).should().close(7L);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void deletesAJob() throws Exception {
		this.mvc.perform(post("/admin/jobs/7/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"))
			.andExpect(flash().attribute("message", "admin.jobs.deleted"));
		then(this.administration).should().delete(7L);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsAJobsSubscribersWithTheirNumbers() throws Exception {
		Job job = new Job("Northwind", "jobs@northwind.example", "Backend Engineer", null);
		Subscription ann = new Subscription(new Subscriber("ann@example.com"), job);
		ann.setNumber(1);
		// stored before subscriptions were numbered
		Subscription bob = new Subscription(new Subscriber("bob@example.com"), job);
		given(this.jobs.findById(7L)).willReturn(Optional.of(job));
		given(this.subscriptions.findWithSubscriberByJobId(7L)).willReturn(List.of(ann, bob));

		this.mvc.perform(get("/admin/jobs/7/subscribers"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<th>#</th>"),
					containsString("<td class=\"subscriber-number\">1</td>"),
					containsString("<td class=\"subscriber-number\"></td>"),
					containsString("<td class=\"subscriber-email\">bob@example.com</td>"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void deletingNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/jobs/7/delete")).andExpect(status().isForbidden());
		then(this.administration).should(org.mockito.Mockito.never()).delete(any(Long.class));
	}

}
