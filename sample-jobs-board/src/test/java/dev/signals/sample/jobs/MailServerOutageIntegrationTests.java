package dev.signals.sample.jobs;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.notification.Notification;
import dev.signals.sample.jobs.notification.Notification.Status;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The mail server goes down and comes back: subscriptions and job edits still succeed, their
 * emails are retried with backoff, shown on {@code /admin/notifications} with their attempts and
 * next retry, and sent exactly once when GreenMail is started again on the same port. An outage
 * that outlasts every attempt leaves the notifications {@code FAILED}, and the admin resubmits
 * the delivery.
 * <p>
 * Short retry settings: attempts 100 ms, 200 ms, 400 ms, then every 500 ms apart; ten attempts,
 * so a delivery gives up after about four seconds.
 */
@SpringBootTest(properties = { "jobs-board.admin.password=test-secret", "jobs-board.demo-data=false",
		"signals.delivery.max-attempts=10", "signals.delivery.initial-interval=100ms",
		"signals.delivery.multiplier=2", "signals.delivery.max-interval=500ms",
		"signals.delivery.poll-interval=100ms" })
@AutoConfigureMockMvc
@Import(TestData.class)
@DirtiesContext
class MailServerOutageIntegrationTests {

	private static final MailServer mailServer = new MailServer();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private NotificationRepository notifications;

	@Autowired
	private Deliveries deliveries;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", mailServer::port);
	}

	@BeforeEach
	void clean() {
		// up, so that what an earlier test left pending goes out before the tables are emptied
		mailServer.start();
		this.data.clear();
		mailServer.stop();
	}

	@AfterAll
	static void stopMailServer() {
		mailServer.stop();
	}

	@Test
	void withTheMailServerDownEverythingElseWorksAndEveryEmailIsSentOnceItIsBack() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		this.data.subscribe(job, "ann@example.com", "bob@example.com");

		Instant requested = Instant.now();
		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", "carol@example.com").with(csrf()))
			.andExpect(flash().attribute("email", "carol@example.com"));
		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", "Senior Backend Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.param("details", job.getDetails())
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		// the requests waited for no mail server
		assertThat(Duration.between(requested, Instant.now())).isLessThan(Duration.ofSeconds(5));
		assertThat(this.subscriptions.findSubscriberEmailsByJobId(job.getId()))
			.containsExactlyInAnyOrder("ann@example.com", "bob@example.com", "carol@example.com");

		// welcome and company for the subscription, one update per subscriber for the edit
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.notifications.findAll()).hasSize(5).allSatisfy((notification) -> {
				assertThat(notification.getStatus()).isEqualTo(Status.RETRYING);
				assertThat(notification.getAttempts()).isPositive();
				assertThat(notification.getError()).isNotBlank();
			});
			assertThat(this.deliveries.pending()).hasSize(3).allSatisfy((delivery) -> {
				assertThat(delivery.attempts()).isPositive();
				assertThat(delivery.nextAttemptAt()).isNotNull();
				assertThat(delivery.lastError()).contains("emails not sent");
			});
		});
		this.mvc.perform(get("/admin/notifications").with(admin()))
			.andExpect(content().string(allOf(containsString(">RETRYING<"), containsString("Error: "),
					not(containsString(">SENT<")),
					// the next retry of each row
					matchesPattern("(?s).*(next-attempt\">\\s*<span>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</span>.*){5}"))));

		mailServer.start();

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.notifications.findAll()).hasSize(5)
				.allSatisfy((notification) -> assertThat(notification.getStatus()).isEqualTo(Status.SENT)));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.deliveries.pending()).isEmpty());
		// each email exactly once, though every delivery was attempted several times
		assertThat(mailServer.received()).containsExactlyInAnyOrderElementsOf(this.notifications.findAll()
			.stream()
			.map((notification) -> tuple(notification.getRecipient(), notification.getSubject()))
			.toList());
		assertThat(this.notifications.findAll()).allSatisfy((notification) -> {
			assertThat(notification.getAttempts()).isGreaterThan(1);
			assertThat(notification.getError()).isNull();
			assertThat(notification.getSentAt()).isNotNull();
		});
		this.mvc.perform(get("/admin/notifications").with(admin()))
			.andExpect(content().string(allOf(containsString(">SENT<"), not(containsString(">RETRYING<")),
					not(containsString("Error: ")))));
	}

	@Test
	void anOutageOutlastingEveryAttemptLeavesTheEmailsFailedUntilTheAdminResubmits() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");

		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", "ann@example.com").with(csrf()))
			.andExpect(flash().attribute("email", "ann@example.com"));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.deliveries.dead()).hasSize(2);
			assertThat(this.notifications.findAll()).hasSize(2)
				.allSatisfy((notification) -> assertThat(notification.getStatus()).isEqualTo(Status.FAILED));
		});
		assertThat(this.deliveries.dead()).allSatisfy((delivery) -> {
			assertThat(delivery.attempts()).isEqualTo(10);
			assertThat(delivery.nextAttemptAt()).isNull();
		});
		assertThat(this.notifications.findAll()).extracting(Notification::getAttempts).containsOnly(10);
		this.mvc.perform(get("/admin/notifications").with(admin()))
			.andExpect(content().string(allOf(containsString(">FAILED<"), containsString("Resubmit"))));

		mailServer.start();
		for (Delivery dead : this.deliveries.dead()) {
			this.mvc
				.perform(post("/admin/notifications/deliveries/{id}/resubmit", dead.id()).with(admin()).with(csrf()))
				.andExpect(redirectedUrl("/admin/notifications"))
				.andExpect(flash().attribute("message", "notifications.resubmitted"));
		}

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.findAll()).hasSize(2)
				.allSatisfy((notification) -> assertThat(notification.getStatus()).isEqualTo(Status.SENT)));
		assertThat(mailServer.received()).containsExactlyInAnyOrder(
				tuple("ann@example.com", "Welcome to the Jobs Board"),
				tuple("jobs@northwind.example", "New subscriber to \"Backend Engineer\""));
		assertThat(this.deliveries.dead()).isEmpty();
		// only a dead delivery can be resubmitted
		String sent = this.notifications.findAll().get(0).getDeliveryId();
		this.mvc.perform(post("/admin/notifications/deliveries/{id}/resubmit", sent).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "notifications.notResubmitted"));
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	/**
	 * A GreenMail SMTP server on a port fixed for the test run, started and stopped at will: a
	 * new server on the same port each time, as a restarted mail server.
	 */
	static final class MailServer {

		private final int port = freePort();

		private GreenMail greenMail;

		int port() {
			return this.port;
		}

		synchronized void start() {
			if (this.greenMail == null) {
				this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
				this.greenMail.start();
			}
		}

		synchronized void stop() {
			if (this.greenMail != null) {
				this.greenMail.stop();
				this.greenMail = null;
			}
		}

		/**
		 * The recipient and subject of each email received since the server was started.
		 */
		synchronized List<org.assertj.core.groups.Tuple> received() {
			return List.of(this.greenMail.getReceivedMessages()).stream().map(MailServer::recipientAndSubject).toList();
		}

		private static org.assertj.core.groups.Tuple recipientAndSubject(MimeMessage email) {
			try {
				return tuple(email.getRecipients(RecipientType.TO)[0].toString(), email.getSubject());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
