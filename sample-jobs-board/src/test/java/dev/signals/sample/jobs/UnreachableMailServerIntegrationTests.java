package dev.signals.sample.jobs;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.notification.Notification;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the mail server down, subscribing still works: the subscription is committed before any
 * email is attempted, and each failed email is stored as FAILED.
 */
@SpringBootTest(properties = { "jobs-board.admin.password=test-secret", "jobs-board.demo-data=false" })
@AutoConfigureMockMvc
@Import(TestData.class)
class UnreachableMailServerIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private NotificationRepository notifications;

	@DynamicPropertySource
	static void closedMailPort(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> closedPort);
	}

	@BeforeEach
	void clean() {
		this.data.clear();
	}

	@Test
	void theSubscriptionIsStoredAndTheNotificationsFailed() throws Exception {
		Job job = this.data.job("Backend Engineer", "Northwind");

		this.mvc.perform(post("/jobs/{id}/subscribe", job.getId()).param("email", "ann@example.com").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Subscription confirmed")));

		assertThat(this.subscriptions.findSubscriberEmailsByJobId(job.getId())).containsExactly("ann@example.com");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.notifications.count() == 2);
		assertThat(this.notifications.findAll()).allSatisfy((notification) -> {
			assertThat(notification.getStatus()).isEqualTo(Notification.Status.FAILED);
			assertThat(notification.getError()).isNotBlank();
		});
		this.mvc.perform(get("/admin/notifications").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString(">FAILED<")));
	}

}
