package dev.signals.sample.jobs;

import java.util.List;
import java.util.function.Function;

import dev.signals.PreSave;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import dev.signals.sample.jobs.subscription.SubscriptionService.Outcome;
import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import dev.signals.test.Recordings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A job and its subscriptions as one aggregate: the subscribe form adds a subscription to its
 * job's collection, the flush persists it by cascade, and a {@code pre_save} receiver that
 * queries the repository numbers it on the way. Before the starter sent a cascaded entity's
 * {@code pre_save} ahead of Hibernate's cascade, that query failed the flush.
 * <p>
 * Set up as {@link JobsBoardSignalsIntegrationTests}: a context of its own with
 * {@code @RecordSignals}, the console mail backend, closed after the class.
 */
@SpringBootTest(properties = { "jobs-board.admin.password=test-secret", "jobs-board.demo-data=false" })
@AutoConfigureMockMvc
@Import(TestData.class)
@DirtiesContext
@RecordSignals
class JobAggregateIntegrationTests {

	private static final Function<Subscription, String> EMAIL = (subscription) -> subscription.getSubscriber()
		.getEmail();

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private SubscriptionRepository subscriptions;

	private Job backend;

	private Job analyst;

	@BeforeEach
	void fixtures() {
		this.data.clear();
		this.backend = this.data.job("Backend Engineer", "Northwind");
		this.analyst = this.data.job("Data Analyst", "Contoso");
	}

	@Test
	void subscribersAreNumberedPerJobInTheOrderTheySubscribed() throws Exception {
		subscribe(this.backend, "ann@example.com");
		subscribe(this.backend, "bob@example.com");
		subscribe(this.backend, "carol@example.com");
		subscribe(this.analyst, "carol@example.com");

		assertThat(storedSubscriptions(this.backend)).extracting(EMAIL, Subscription::getNumber)
			.containsExactlyInAnyOrder(tuple("ann@example.com", 1), tuple("bob@example.com", 2),
					tuple("carol@example.com", 3));
		assertThat(storedSubscriptions(this.analyst)).extracting(EMAIL, Subscription::getNumber)
			.containsExactly(tuple("carol@example.com", 1));
	}

	@Test
	void subscribingAgainStoresNothingAndTakesNoNumber() throws Exception {
		subscribe(this.backend, "ann@example.com");
		subscribe(this.backend, "bob@example.com");

		this.mvc
			.perform(post("/jobs/{id}/subscribe", this.backend.getId()).param("email", "Ann@Example.com").with(csrf()))
			.andExpect(flash().attribute("outcome", Outcome.ALREADY_SUBSCRIBED));
		subscribe(this.backend, "carol@example.com");

		assertThat(storedSubscriptions(this.backend)).extracting(EMAIL, Subscription::getNumber)
			.containsExactlyInAnyOrder(tuple("ann@example.com", 1), tuple("bob@example.com", 2),
					tuple("carol@example.com", 3));
	}

	@Test
	void eachSubscriptionStoredByCascadeIsAnnouncedOnceByPreSaveAsCreated() throws Exception {
		subscribe(this.backend, "ann@example.com");
		subscribe(this.backend, "bob@example.com");
		subscribe(this.backend, "carol@example.com");

		Recordings<PreSave> sent = this.recorded.ofType(PreSave.class).from(Subscription.class);
		assertThat(sent).extracting(PreSave::created).containsExactly(true, true, true);
		assertThat(sent).extracting(PreSave::instance)
			.extracting((subscription) -> EMAIL.apply((Subscription) subscription))
			.containsExactly("ann@example.com", "bob@example.com", "carol@example.com");
		// adding to the job's collection changes none of its columns: no save of the job
		assertThat(this.recorded.from(Job.class).names()).doesNotContain("pre_save", "post_save");
	}

	private void subscribe(Job job, String email) throws Exception {
		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/jobs/" + job.getId() + "/subscribed"));
	}

	/**
	 * The job's subscriptions as read back from the database, each with its subscriber.
	 */
	private List<Subscription> storedSubscriptions(Job job) {
		return this.subscriptions.findWithSubscriberByJobId(job.getId());
	}

}
