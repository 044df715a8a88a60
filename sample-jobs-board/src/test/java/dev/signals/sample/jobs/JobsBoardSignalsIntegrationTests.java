package dev.signals.sample.jobs;

import java.util.List;
import java.util.Set;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.notification.Notification;
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
 * Which signals the board's actions send, read from the {@link RecordedSignals} of the
 * {@code signals-spring-boot-test} module instead of from the emails their receivers write.
 * {@link JobsBoardIntegrationTests} checks what the receivers do; these tests check what they
 * are told, and wait for the receivers only where the outcome depends on them.
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
		assertThat(this.recorded.ofType(NewSubscriber.class)).singleElement().satisfies((event) -> {
			assertThat(event.subscriber().getEmail()).isEqualTo("carol@example.com");
			assertThat(event.job().getTitle()).isEqualTo("Data Analyst");
		});
		assertThat(this.recorded.ofType(SubscriberRegistered.class)).singleElement()
			.extracting((event) -> event.subscriber().getEmail())
			.isEqualTo("carol@example.com");
		// the receivers that email run after the commit, and the signals got there
		assertThat(this.recorded.ofType(NewSubscriber.class).inPhase(Phase.AFTER_COMMIT)).hasSize(1);
		// they are async and durable: once they have run, Carol is welcomed and the company told
		this.recorded.awaitReceivers();
		assertThat(this.notifications.findAll()).extracting(Notification::getRecipient)
			.containsExactlyInAnyOrder("carol@example.com", "jobs@contoso.example");
	}

	@Test
	void aKnownEmailSubscribingAgainSendsOnlyNewSubscriber() throws Exception {
		this.mvc.perform(post("/jobs/{id}/subscribe", this.analyst.getId()).param("email", "ann@example.com")
			.with(csrf())).andExpect(flash().attribute("email", "ann@example.com"));

		assertThat(customSignalsSent()).extracting(RecordedSignal::signal, RecordedSignal::sender)
			.containsExactly(tuple("new_subscriber", Subscription.class));
		this.recorded.assertNotSent("subscriber_registered");
	}

	@Test
	void aRolledBackSubscriptionNeverReachesTheAfterCommitPhase() {
		this.transactionTemplate.executeWithoutResult((transaction) -> {
			this.subscriptionService.subscribe(this.analyst.getId(), "rolled-back@example.com");
			transaction.setRollbackOnly();
		});

		assertThat(this.recorded.named("new_subscriber").signals()).singleElement()
			.extracting(RecordedSignal::phases)
			.isEqualTo(Set.of(Phase.IMMEDIATE, Phase.AFTER_ROLLBACK, Phase.AFTER_COMPLETION));
		assertThat(this.recorded.awaitReceivers().ofType(NewSubscriber.class).inPhase(Phase.AFTER_COMMIT)).isEmpty();
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

		assertThat(this.recorded.from(Job.class).names()).containsExactly("pre_save", "post_save");
		assertThat(this.recorded.ofType(PostSave.class)).singleElement().satisfies((saved) -> {
			assertThat(saved.created()).isFalse();
			assertThat(saved.changes())
				.containsEntry("title", new Change("Backend Engineer", "Senior Backend Engineer"))
				.doesNotContainKeys("company", "companyEmail", "details", "open");
		});
	}

	@Test
	void deletingAJobSendsPreDeleteForTheJobAndEachOfItsSubscriptions() throws Exception {
		this.mvc.perform(post("/admin/jobs/{id}/delete", this.backend.getId()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		assertThat(this.recorded.named("pre_delete").signals()).extracting(RecordedSignal::sender)
			.containsExactlyInAnyOrder(Job.class, Subscription.class, Subscription.class);
		assertThat(this.recorded.ofType(PreDelete.class).from(Job.class)).singleElement()
			.extracting((event) -> ((Job) event.instance()).getId())
			.isEqualTo(this.backend.getId());
		// the IMMEDIATE receiver of pre_delete hands the addresses on to the AFTER_COMMIT one
		assertThat(this.recorded.named("job_taken_down").from(Job.class).inPhase(Phase.AFTER_COMMIT)).hasSize(1);
	}

	@Test
	void deletingAJobNobodySubscribedToTellsNobody() throws Exception {
		this.mvc.perform(post("/admin/jobs/{id}/delete", this.analyst.getId()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		assertThat(this.recorded.named("post_delete").from(Job.class)).hasSize(1);
		this.recorded.assertNotSent("job_taken_down");
		this.recorded.assertNotSent("post_delete", Subscription.class);
	}

	@Test
	@MuteSignals
	void aSubscriptionStoredWithSignalsMutedTellsNobody() {
		// as a data import would: the rows are written, no receiver runs, so no email is sent
		this.subscriptionService.subscribe(this.analyst.getId(), "imported@example.com");

		assertThat(this.subscriptions.findSubscriberEmailsByJobId(this.analyst.getId()))
			.containsExactly("imported@example.com");
		assertThat(this.recorded.names()).isEmpty();
		assertThat(this.recorded.awaitReceivers()).isEmpty();
		assertThat(this.notifications.count()).isZero();
	}

	/**
	 * The custom signals sent, without the model signals of the entity writes around them.
	 */
	private List<RecordedSignal> customSignalsSent() {
		return this.recorded.all().matching((signal) -> !(signal.payload() instanceof ModelEvent)).signals();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
