package dev.signals.sample.jobs;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.notification.Notification;
import dev.signals.sample.jobs.notification.NotificationRepository;
import jakarta.mail.Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deliveries that fail for reasons other than the mail server. One fails before any of its
 * emails is stored (here the notification log refuses the rows), so it has no
 * {@link Notification} to show, yet the admin sees it on {@code /admin/notifications} with its
 * last error and resubmits it. Emails to addresses that are not plain ASCII fail instead of
 * reaching the mail server mangled. Short retry settings, as in
 * {@link MailServerOutageIntegrationTests}: a delivery gives up after about four seconds.
 */
@SpringBootTest(properties = { "jobs-board.admin.password=test-secret", "jobs-board.demo-data=false",
		"signals.delivery.max-attempts=10", "signals.delivery.initial-interval=100ms",
		"signals.delivery.multiplier=2", "signals.delivery.max-interval=500ms",
		"signals.delivery.poll-interval=100ms" })
@AutoConfigureMockMvc
@Import(TestData.class)
@DirtiesContext
class FailedDeliveryIntegrationTests {

	private final GreenMail greenMail = TestMailServer.get();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private Deliveries deliveries;

	@MockitoSpyBean
	private NotificationRepository notifications;

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
	void aDeliveryThatFailsBeforeStoringAnyEmailIsShownWithItsErrorAndCanBeResubmitted() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		willThrow(new DataAccessResourceFailureException("Notification log unavailable")).given(this.notifications)
			.saveAll(anyList());

		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", "ann@example.com").with(csrf()))
			.andExpect(redirectedUrl("/jobs/" + job.getId() + "/subscribed"));

		// the welcome and the company's email, neither stored
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.deliveries.dead()).hasSize(2));
		assertThat(this.notifications.findAll()).isEmpty();
		List<Delivery> dead = this.deliveries.dead();
		String page = this.mvc.perform(get("/admin/notifications").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">FAILED<"), containsString("Notification log unavailable"),
					containsString("welcomeNotifications.subscriberRegistered"),
					containsString("companyNotifications.newSubscriber"),
					containsString("<td class=\"attempts\">10</td>"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dead).allSatisfy((delivery) -> assertThat(page)
			.contains("action=\"/admin/notifications/deliveries/" + delivery.id() + "/resubmit\""));

		reset(this.notifications);
		for (Delivery delivery : dead) {
			this.mvc
				.perform(post("/admin/notifications/deliveries/{id}/resubmit", delivery.id()).with(admin()).with(csrf()))
				.andExpect(flash().attribute("message", "notifications.resubmitted"));
		}

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.notifications.findAll()).hasSize(2)
				.allSatisfy((notification) -> assertThat(notification.getStatus())
					.isEqualTo(Notification.Status.SENT)));
		assertThat(this.greenMail.getReceivedMessages()).hasSize(2);
		assertThat(this.deliveries.dead()).isEmpty();
		this.mvc.perform(get("/admin/notifications").with(admin()))
			.andExpect(content().string(allOf(containsString(">SENT<"), not(containsString(">FAILED<")),
					not(containsString("Notification log unavailable")))));
	}

	@Test
	void anAddressThatIsNotPlainAsciiIsNeverMailedNorMarkedSent() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");
		String jose = "jos\u00e9@ex\u00e4mple.com";
		String chinese = "\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a";
		// stored before the subscribe form refused such addresses
		this.data.subscribe(job, "ann@example.com", jose, chinese);

		this.mvc
			.perform(post("/admin/jobs/{id}/edit", job.getId()).param("title", "Senior Backend Engineer")
				.param("company", "Northwind")
				.param("companyEmail", "jobs@northwind.example")
				.param("details", job.getDetails())
				.with(admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.deliveries.dead()).hasSize(1);
			assertThat(this.notifications.findAll()).extracting(Notification::getRecipient, Notification::getStatus)
				.containsExactlyInAnyOrder(tuple("ann@example.com", Notification.Status.SENT),
						tuple(jose, Notification.Status.FAILED), tuple(chinese, Notification.Status.FAILED));
		});
		assertThat(this.notifications.findAll()).filteredOn((notification) -> !notification.getRecipient().startsWith("ann"))
			.allSatisfy((notification) -> assertThat(notification.getError()).contains("plain ASCII"));
		// nothing reached the mail server with a mangled recipient
		assertThat(this.greenMail.getReceivedMessages()).singleElement()
			.satisfies((email) -> assertThat(email.getAllRecipients()).extracting(Address::toString)
				.containsExactly("ann@example.com"));
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
