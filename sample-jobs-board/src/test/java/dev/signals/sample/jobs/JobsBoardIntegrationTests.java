package dev.signals.sample.jobs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.notification.Notification;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.NewSubscriber;
import dev.signals.sample.jobs.subscription.SubscriberRegistered;
import dev.signals.sample.jobs.subscription.SubscriberRepository;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import dev.signals.sample.jobs.subscription.SubscriptionService;
import dev.signals.sample.jobs.subscription.SubscriptionService.Outcome;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole board, end to end: web requests, the starter's signals, and real SMTP through
 * GreenMail, and the admin's view of the signals through the actuator's {@code signals}
 * endpoint. Runs on H2, and in the {@code services} build on PostgreSQL and MariaDB.
 * <p>
 * The emails are sent by durable, async receivers after the request has returned, so the tests
 * wait for them. The context is closed after the class, as in every end-to-end test: the
 * applications share the database and any of them retries any failed delivery, so only one
 * may run at a time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jobs-board.admin.password=test-secret", "jobs-board.demo-data=false" })
@AutoConfigureMockMvc
@Import(TestData.class)
@DirtiesContext
class JobsBoardIntegrationTests {

	private final GreenMail greenMail = TestMailServer.get();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private SubscriptionService subscriptionService;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private SubscriberRepository subscribers;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private NotificationRepository notifications;

	@Autowired
	private TransactionTemplate transactionTemplate;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@BeforeEach
	void clean() throws Exception {
		this.data.clear();
		this.greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void subscribingEmailsTheCompanyAndWelcomesTheSubscriber() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");

		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", " Ann@Example.com ").with(csrf()))
			.andExpect(redirectedUrl("/jobs/" + job.getId() + "/subscribed"));

		List<MimeMessage> emails = awaitEmails(2);
		assertThat(recipients(emails)).containsExactlyInAnyOrder("jobs@northwind.example", "ann@example.com");
		assertThat(to("jobs@northwind.example", emails)).contains("ann@example.com has just subscribed",
				"Backend Engineer");
		assertThat(to("ann@example.com", emails)).contains("thank you for subscribing to \"Backend Engineer\"");
		assertThat(this.subscriptions.count()).isOne();
		// stored as the mail server accepts each email: one row each, sent at the first attempt
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.findAll())
				.extracting(Notification::getStatus, Notification::getAttempts)
				.containsExactly(tuple(Notification.Status.SENT, 1), tuple(Notification.Status.SENT, 1)));
	}

	@Test
	void subscribingTwiceStoresNothingTwiceAndWelcomesOnce() throws Exception {
		Job backend = this.data.job("Backend Engineer", "Northwind");
		Job analyst = this.data.job("Data Analyst", "Contoso");

		subscribe(backend, "ann@example.com");
		this.mvc.perform(post("/jobs/{id}/subscribe", backend.getId()).param("email", "ann@example.com").with(csrf()))
			.andExpect(redirectedUrl("/jobs/" + backend.getId()))
			.andExpect(flash().attribute("outcome", Outcome.ALREADY_SUBSCRIBED));
		subscribe(analyst, "ann@example.com");

		List<MimeMessage> emails = awaitEmails(3);
		assertThat(recipients(emails)).containsExactlyInAnyOrder("ann@example.com", "jobs@northwind.example",
				"jobs@contoso.example");
		assertThat(this.subscribers.count()).isOne();
		assertThat(this.subscriptions.count()).isEqualTo(2);
	}

	@Test
	void anAddressThatIsNotPlainAsciiIsRefusedWithAMessage() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");

		// both pass the form's @Email; the mail server would get them mangled
		for (String address : List.of("jos\u00e9@ex\u00e4mple.com", "\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a")) {
			MvcResult refused = this.mvc
				.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", address).with(csrf()))
				.andExpect(redirectedUrl("/jobs/" + job.getId()))
				.andExpect(flash().attribute("outcome", Outcome.UNSUPPORTED_EMAIL))
				.andReturn();
			this.mvc.perform(get("/jobs/{id}", job.getId()).flashAttrs(refused.getFlashMap()))
				.andExpect(content().string(containsString("plain ASCII")));
		}
		// a subscription after them: once its emails are in, theirs would be too
		subscribe(job, "ann@example.com");

		List<MimeMessage> emails = awaitEmails(2);
		assertThat(recipients(emails)).containsExactlyInAnyOrder("ann@example.com", "jobs@northwind.example");
		assertThat(this.subscribers.findAll()).extracting(Subscriber::getEmail).containsExactly("ann@example.com");
	}

	@Test
	void concurrentFirstSubscriptionsOfOneEmailAreAllStored() throws Exception {
		List<Job> jobs = Stream.of("Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware",
				"Wingtip")
			.map((company) -> this.data.job("Backend Engineer", company))
			.toList();
		ExecutorService executor = Executors.newFixedThreadPool(jobs.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Outcome>> outcomes;
		try {
			outcomes = jobs.stream().map((job) -> executor.submit(() -> {
				start.await();
				return this.subscriptionService.subscribe(job.getId(), "ann@example.com");
			})).toList();
			start.countDown();
			for (Future<Outcome> outcome : outcomes) {
				assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.SUBSCRIBED);
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(this.subscribers.findAll()).extracting(Subscriber::getEmail).containsExactly("ann@example.com");
		assertThat(this.subscriptions.count()).isEqualTo(jobs.size());
		// one welcome, and each company hears of its subscriber
		List<MimeMessage> emails = awaitEmails(jobs.size() + 1);
		assertThat(recipients(emails)).containsOnlyOnce("ann@example.com")
			.containsAll(jobs.stream().map(Job::getCompanyEmail).toList());
	}

	@Test
	void aClosedJobTakesNoSubscribers() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		this.mvc.perform(post("/admin/jobs/{id}/close", job.getId()).with(admin()).with(csrf()));

		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", "ann@example.com").with(csrf()))
			.andExpect(redirectedUrl("/jobs/" + job.getId()))
			.andExpect(flash().attribute("outcome", Outcome.JOB_CLOSED));

		assertThat(this.subscribers.count()).isZero();
		assertThat(this.greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void editingAJobEmailsItsSubscribersWhatChanged() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		this.data.subscribe(job, "ann@example.com", "bob@example.com");

		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", "Senior Backend Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.param("details", job.getDetails())
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		List<MimeMessage> emails = awaitEmails(2);
		assertThat(recipients(emails)).containsExactlyInAnyOrder("ann@example.com", "bob@example.com");
		assertThat(to("ann@example.com", emails)).contains("was: Backend Engineer", "now: Senior Backend Engineer")
			.doesNotContain("Details");
	}

	@Test
	void closingAJobEmailsItsSubscribers() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		this.data.subscribe(job, "ann@example.com");

		this.mvc.perform(post("/admin/jobs/{id}/close", job.getId()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		List<MimeMessage> emails = awaitEmails(1);
		assertThat(to("ann@example.com", emails)).contains("now closed");
	}

	@Test
	void editingNothingNewsworthyEmailsNobody() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		this.data.subscribe(job, "ann@example.com");

		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", job.getTitle())
				.param("company", "Northwind Traders")
				.param("companyEmail", "jobs@northwind.example")
				.param("details", job.getDetails())
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		// a change subscribers do hear about, to know when the first one would have arrived
		this.mvc.perform(post("/admin/jobs/{id}/close", job.getId()).with(admin()).with(csrf()));

		List<MimeMessage> emails = awaitEmails(1);
		assertThat(text(emails.get(0))).contains("now closed");
	}

	@Test
	void deletingAJobEmailsEachSubscriberAndRemovesItsSubscriptions() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		Job other = this.data.job("Data Analyst", "Contoso");
		this.data.subscribe(job, "ann@example.com", "bob@example.com");
		this.data.subscribe(other, "carol@example.com");

		this.mvc.perform(post("/admin/jobs/{id}/delete", job.getId()).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		List<MimeMessage> emails = awaitEmails(2);
		assertThat(recipients(emails)).containsExactlyInAnyOrder("ann@example.com", "bob@example.com");
		assertThat(to("bob@example.com", emails)).contains("\"Backend Engineer\" by Northwind has been taken down");
		assertThat(this.subscriptions.findSubscriberEmailsByJobId(job.getId())).isEmpty();
		assertThat(this.subscriptions.count()).isOne();
	}

	@Test
	void aRolledBackSubscriptionEmailsNobody() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");

		this.transactionTemplate.executeWithoutResult((transaction) -> {
			this.subscriptionService.subscribe(job.getId(), "rolled-back@example.com");
			transaction.setRollbackOnly();
		});
		// a committed subscription after it: once its emails are in, the first one's would be too
		subscribe(job, "committed@example.com");

		List<MimeMessage> emails = awaitEmails(2);
		assertThat(recipients(emails)).containsExactlyInAnyOrder("committed@example.com", "jobs@northwind.example");
		assertThat(to("jobs@northwind.example", emails)).doesNotContain("rolled-back");
		assertThat(this.subscribers.findByEmail("rolled-back@example.com")).isEmpty();
		assertThat(this.notifications.findAll()).extracting(Notification::getRecipient)
			.doesNotContain("rolled-back@example.com");
	}

	@Test
	void theJobListingIsNeverStale() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		assertListing("Backend Engineer");

		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", "Platform Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		assertListing("Platform Engineer");

		this.mvc
			.perform(post("/admin/jobs/new").param("title", "Data Analyst")
				.param("company", "Contoso")
				.param("companyEmail", "jobs@contoso.example")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		assertListing("Platform Engineer", "Data Analyst");

		this.mvc.perform(post("/admin/jobs/{id}/close", job.getId()).with(admin()).with(csrf()));
		assertListing("Data Analyst");
	}

	@Test
	void theAdminAreaNeedsTheConfiguredPassword() throws Exception {
		this.mvc.perform(get("/admin/jobs")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user("admin").password("wrong")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("admin").password("test-secret")).andExpect(redirectedUrl("/admin/jobs"));
	}

	@Test
	void theSignalsEndpointIsForTheAdminOnly() throws Exception {
		this.mvc.perform(get("/actuator/signals"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		this.mvc.perform(get("/actuator/signals").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/signals").with(user("visitor").roles("USER"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());

		// as a monitoring tool, and as the admin following the link in the admin area
		this.mvc.perform(get("/actuator/signals").with(httpBasic("admin", "test-secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receivers").isNotEmpty());
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("admin").password("test-secret"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/actuator/signals").session(session)).andExpect(status().isOk());

		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void theSignalsEndpointListsTheBoardsSignalsAndReceivers() throws Exception {
		this.mvc.perform(get("/actuator/signals").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signals[*].name").value(contains("pre_save", "post_save", "pre_delete", "post_delete",
					"job_taken_down", "new_subscriber", "subscriber_registered")))
			.andExpect(jsonPath(signal("new_subscriber", "model")).value(false))
			.andExpect(jsonPath(signal("new_subscriber", "payloadType")).value(NewSubscriber.class.getName()))
			.andExpect(jsonPath(signal("subscriber_registered", "payloadType"))
				.value(SubscriberRegistered.class.getName()))
			.andExpect(jsonPath(signal("job_taken_down", "payloadType"))
				.value("dev.signals.sample.jobs.notification.JobTakenDown"))
			.andExpect(jsonPath("$.receivers[*].name").value(containsInAnyOrder("jobChangeNotifications.jobSaved",
					"jobRemovalNotifications.jobDeleting", "jobRemovalNotifications.jobTakenDown",
					"companyNotifications.newSubscriber", "welcomeNotifications.subscriberRegistered",
					"jobListingEviction.jobWritten", "subscriptionNumbering.number")))
			// PostSave<Job>: post_save from Job, after the commit
			.andExpect(jsonPath(receiver("jobChangeNotifications.jobSaved", "bean")).value("jobChangeNotifications"))
			.andExpect(jsonPath(receiver("jobChangeNotifications.jobSaved", "method")).value("jobSaved"))
			.andExpect(jsonPath(receiver("jobChangeNotifications.jobSaved", "phase")).value("AFTER_COMMIT"))
			.andExpect(jsonPath(receiver("jobChangeNotifications.jobSaved", "connections[*].signal")).value("post_save"))
			.andExpect(jsonPath(receiver("jobChangeNotifications.jobSaved", "connections[*].sender"))
				.value(Job.class.getName()))
			// PreDelete<Job>: while the subscriptions can still be read
			.andExpect(jsonPath(receiver("jobRemovalNotifications.jobDeleting", "phase")).value("IMMEDIATE"))
			.andExpect(jsonPath(receiver("jobRemovalNotifications.jobDeleting", "connections[*].signal"))
				.value("pre_delete"))
			.andExpect(jsonPath(receiver("jobRemovalNotifications.jobTakenDown", "phase")).value("AFTER_COMMIT"))
			.andExpect(jsonPath(receiver("jobRemovalNotifications.jobTakenDown", "connections[*].signal"))
				.value("job_taken_down"))
			.andExpect(jsonPath(receiver("companyNotifications.newSubscriber", "connections[*].sender"))
				.value(Subscription.class.getName()))
			.andExpect(jsonPath(receiver("jobListingEviction.jobWritten", "connections[*].signal"))
				.value(contains("post_save", "post_delete")))
			// PreSave<Subscription>: before the insert, so the number it sets is written
			.andExpect(jsonPath(receiver("subscriptionNumbering.number", "phase")).value("IMMEDIATE"))
			.andExpect(jsonPath(receiver("subscriptionNumbering.number", "connections[*].signal"))
				.value("pre_save"))
			.andExpect(jsonPath(receiver("subscriptionNumbering.number", "connections[*].sender"))
				.value(Subscription.class.getName()));
	}

	@Test
	void theSignalsEndpointCountsEachReceiversCalls() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		int before = calls("companyNotifications.newSubscriber");

		subscribe(job, "ann@example.com");
		// the receivers run async, after the request
		awaitEmails(2);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/actuator/signals").with(admin()))
				.andExpect(jsonPath(receiver("companyNotifications.newSubscriber", "calls")).value(before + 1))
				.andExpect(jsonPath(receiver("companyNotifications.newSubscriber", "failures")).value(0))
				.andExpect(jsonPath(receiver("companyNotifications.newSubscriber", "durable")).value(true))
				.andExpect(jsonPath(receiver("companyNotifications.newSubscriber", "async")).value(true))
				.andExpect(jsonPath(receiver("welcomeNotifications.subscriberRegistered", "calls"))
					.value(contains(greaterThanOrEqualTo(1)))));
	}

	@Test
	void theNotificationsPageListsEveryEmailWithItsStatus() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		subscribe(job, "ann@example.com");
		awaitEmails(2);
		awaitNotificationsSent(2);

		this.mvc.perform(get("/admin/notifications").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Welcome to the Jobs Board"),
					containsString("jobs@northwind.example"),
					containsString(">SENT<"),
					containsString("<td class=\"attempts\">1</td>"))))
			.andExpect(content().string(not(containsString("resubmit"))));
	}

	@Test
	void theLongestTitleAndCompanyTheFormAcceptsAreEmailed() throws Exception {
		String title = "Principal Engineer ".repeat(14).substring(0, 255);
		String company = "Northwind Traders ".repeat(15).substring(0, 255);
		this.mvc
			.perform(post("/admin/jobs/new").param("title", title)
				.param("company", company)
				.param("companyEmail", "jobs@northwind.example")
				.param("details", "Java")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		Job job = this.jobs.findAll().get(0);
		subscribe(job, "ann@example.com");
		String newTitle = "Staff Engineer ".repeat(17).substring(0, 255);
		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", newTitle)
				.param("company", company)
				.param("companyEmail", "jobs@northwind.example")
				.param("details", "Java")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));

		// the welcome, the company's, and the update, whose subject names the title and company
		List<MimeMessage> emails = awaitEmails(3);
		assertThat(emails).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("Welcome to the Jobs Board", "New subscriber to \"" + title + "\"",
					"Update to \"" + newTitle + "\" at " + company);
		awaitNotificationsSent(3);
	}

	@Test
	void theLongestDetailsTheFormAcceptsAreEmailedOldAndNew() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		this.data.subscribe(job, "ann@example.com");
		String details = "Java and SQL. ".repeat(286).substring(0, 4000);
		String newDetails = "Kotlin and SQL. ".repeat(250).substring(0, 4000);

		editDetails(job, details);
		awaitNotificationsSent(1);
		editDetails(job, newDetails);

		List<MimeMessage> emails = awaitEmails(2);
		assertThat(text(emails.get(1))).contains("was: " + details, "now: " + newDetails);
		awaitNotificationsSent(2);
	}

	@Test
	void anUnknownJobShowsTheNotFoundPage() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/jobs/999999"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<h1>Not found</h1>", "href=\"/jobs\"");
	}

	private void editDetails(Job job, String details) throws Exception {
		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", job.getTitle())
				.param("company", job.getCompany())
				.param("companyEmail", job.getCompanyEmail())
				.param("details", details)
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
	}

	private void subscribe(Job job, String email) throws Exception {
		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/jobs/" + job.getId() + "/subscribed"));
	}

	private int calls(String receiver) throws Exception {
		String json = this.mvc.perform(get("/actuator/signals").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> calls = JsonPath.read(json, receiver(receiver, "calls"));
		assertThat(calls).as("calls of %s in %s", receiver, json).hasSize(1);
		return calls.get(0);
	}

	private static String signal(String name, String field) {
		return "$.signals[?(@.name == '" + name + "')]." + field;
	}

	private static String receiver(String name, String field) {
		return "$.receivers[?(@.name == '" + name + "')]." + field;
	}

	private void assertListing(String... titles) throws Exception {
		String page = this.mvc.perform(get("/jobs")).andReturn().getResponse().getContentAsString();
		List<String> shown = Arrays.stream(page.split("class=\"job-link\""))
			.skip(1)
			.map((link) -> link.substring(link.indexOf('>') + 1, link.indexOf('<')))
			.toList();
		assertThat(shown).containsExactlyInAnyOrder(titles);
	}

	private List<MimeMessage> awaitEmails(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.greenMail.getReceivedMessages().length >= count);
		List<MimeMessage> emails = List.of(this.greenMail.getReceivedMessages());
		assertThat(emails).hasSize(count);
		return emails;
	}

	private void awaitNotificationsSent(int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.findAll()).hasSize(count)
				.allSatisfy((notification) -> assertThat(notification.getStatus())
					.isEqualTo(Notification.Status.SENT)));
	}

	private static List<String> recipients(List<MimeMessage> emails) {
		return emails.stream().map(JobsBoardIntegrationTests::recipient).toList();
	}

	private static String to(String recipient, List<MimeMessage> emails) {
		return emails.stream()
			.filter((email) -> recipient(email).equals(recipient))
			.map(JobsBoardIntegrationTests::text)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No email to " + recipient));
	}

	private static String text(MimeMessage email) {
		try {
			return email.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage email) {
		try {
			return email.getRecipients(RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
