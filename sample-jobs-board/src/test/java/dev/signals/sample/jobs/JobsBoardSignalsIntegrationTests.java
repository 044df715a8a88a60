package dev.signals.sample.jobs;

import java.util.List;
import java.util.function.Predicate;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.NewSubscriber;
import dev.signals.sample.jobs.subscription.SubscriberRegistered;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import dev.signals.sample.jobs.subscription.SubscriptionService;
import dev.signals.test.MuteSignals;
import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignal;
import dev.signals.test.RecordedSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Which signals the board's actions send, read from the starter's {@link RecordedSignals}
 * instead of from the emails their receivers write. {@link JobsBoardIntegrationTests} checks
 * what the receivers do; these tests check what they are told.
 * <p>
 * {@code @RecordSignals} customizes the context, so this class has a context of its own next
 * to the one of {@link JobsBoardIntegrationTests}, closed after the class as theirs. It needs no
 * mail server: the emails go to the console backend. The recordings are cleared after {@code @BeforeEach}, so the
 * fixtures below are not in them.
 */
@SpringBootTest(properties = { "jobs-board.admin.password=test-secret", "jobs-board.demo-data=false" })
@AutoConfigureMockMvc
@Import(TestData.class)
@DirtiesContext
@RecordSignals
class JobsBoardSignalsIntegrationTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private SubscriptionService subscriptionService;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private NotificationRepository notifications;

	@Autowired
	private TransactionTemplate transactionTemplate;

	/**
	 * A signal is recorded once per phase it reaches; its {@code IMMEDIATE} recording is the
	 * send itself.
	 */
	private static final Predicate<RecordedSignal> AS_SENT = (signal) -> signal.phase() == Phase.IMMEDIATE;

	private Job backend;

	private Job analyst;

	@BeforeEach
	void fixtures() {
		this.data.clear();
		this.backend = this.data.job("Backend Engineer", "Northwind");
		this.analyst = this.data.job("Data Analyst", "Contoso");
		this.data.subscribe(this.backend, "ann@example.com", "bob@example.com");
	}

	@Test
	void aFirstSubscriptionSendsSubscriberRegisteredThenNewSubscriber() throws Exception {
		this.mvc.perform(post("/jobs/{id}/subscribe", this.analyst.getId()).param("email", "Carol@Example.com")
			.with(csrf())).andExpect(flash().attribute("email", "Carol@Example.com"));

		// as the service sends them, once the subscription is stored
		assertThat(customSignalsSent()).extracting(RecordedSignal::signal, RecordedSignal::sender)
			.containsExactly(tuple("subscriber_registered", Subscriber.class),
					tuple("new_subscriber", Subscription.class));
		assertThat(this.recorded.ofType(NewSubscriber.class)).first().satisfies((event) -> {
			assertThat(event.subscriber().getEmail()).isEqualTo("carol@example.com");
			assertThat(event.job().getTitle()).isEqualTo("Data Analyst");
		});
		assertThat(this.recorded.ofType(SubscriberRegistered.class)).first()
			.extracting((event) -> event.subscriber().getEmail())
			.isEqualTo("carol@example.com");
		// the receivers that email run after the commit, and the signals got there
		assertThat(this.recorded.named("new_subscriber")).extracting(RecordedSignal::phase)
			.contains(Phase.IMMEDIATE, Phase.AFTER_COMMIT);
	}

	@Test
	void aKnownEmailSubscribingAgainSendsOnlyNewSubscriber() throws Exception {
		this.mvc.perform(post("/jobs/{id}/subscribe", this.analyst.getId()).param("email", "ann@example.com")
			.with(csrf())).andExpect(flash().attribute("email", "ann@example.com"));

		assertThat(customSignalsSent()).extracting(RecordedSignal::signal, RecordedSignal::sender)
			.containsExactly(tuple("new_subscriber", Subscription.class));
	}

	@Test
	void aRolledBackSubscriptionNeverReachesTheAfterCommitPhase() {
		this.transactionTemplate.executeWithoutResult((transaction) -> {
			this.subscriptionService.subscribe(this.analyst.getId(), "rolled-back@example.com");
			transaction.setRollbackOnly();
		});

		assertThat(this.recorded.named("new_subscriber")).extracting(RecordedSignal::phase)
			.containsExactly(Phase.IMMEDIATE, Phase.AFTER_ROLLBACK, Phase.AFTER_COMPLETION);
		assertThat(this.recorded.inPhase(Phase.AFTER_COMMIT)).isEmpty();
	}

	@Test
	void editingAJobsTitleSendsPostSaveWithTheOldAndNewTitle() throws Exception {
		this.mvc
			.perform(post("/admin/jobs/{id}/edit", this.backend.getId()).param("title", "Senior Backend Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.param("details", this.backend.getDetails())
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		assertThat(this.recorded.from(Job.class)).filteredOn(AS_SENT)
			.extracting(RecordedSignal::signal)
			.containsExactly("pre_save", "post_save");
		PostSave<?> saved = this.recorded.ofType(PostSave.class).get(0);
		assertThat(saved.created()).isFalse();
		assertThat(saved.changes()).containsEntry("title", new Change("Backend Engineer", "Senior Backend Engineer"))
			.doesNotContainKeys("company", "companyEmail", "details", "open");
	}

	@Test
	void deletingAJobSendsPreDeleteForTheJobAndEachOfItsSubscriptions() throws Exception {
		this.mvc.perform(post("/admin/jobs/{id}/delete", this.backend.getId()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		assertThat(this.recorded.named("pre_delete")).filteredOn(AS_SENT)
			.extracting(RecordedSignal::sender)
			.containsExactlyInAnyOrder(Job.class, Subscription.class, Subscription.class);
		assertThat(this.recorded.ofType(PreDelete.class)).extracting(PreDelete::instance)
			.filteredOn(Job.class::isInstance)
			.extracting((job) -> ((Job) job).getId())
			.containsOnly(this.backend.getId());
		// the IMMEDIATE receiver of pre_delete hands the addresses on to the AFTER_COMMIT one
		assertThat(this.recorded.from(Job.class)).filteredOn((signal) -> signal.signal().equals("job_taken_down"))
			.extracting(RecordedSignal::phase)
			.contains(Phase.IMMEDIATE, Phase.AFTER_COMMIT);
	}

	@Test
	@MuteSignals
	void aSubscriptionStoredWithSignalsMutedTellsNobody() {
		// as a data import would: the rows are written, no receiver runs, so no email is sent
		this.subscriptionService.subscribe(this.analyst.getId(), "imported@example.com");

		assertThat(this.subscriptions.findSubscriberEmailsByJobId(this.analyst.getId()))
			.containsExactly("imported@example.com");
		assertThat(this.recorded.names()).isEmpty();
		assertThat(this.notifications.count()).isZero();
	}

	/**
	 * The custom signals sent, once each: their {@code IMMEDIATE} recordings, without the
	 * model signals of the entity writes around them.
	 */
	private List<RecordedSignal> customSignalsSent() {
		return this.recorded.all()
			.stream()
			.filter(AS_SENT)
			.filter((signal) -> !(signal.payload() instanceof ModelEvent))
			.toList();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
