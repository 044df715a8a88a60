package dev.signals.sample.jobs.notification;

import java.time.Instant;
import java.util.List;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.sample.jobs.admin.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NotificationController.class)
@Import(SecurityConfiguration.class)
class NotificationControllerTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NotificationRepository notifications;

	@MockitoBean
	private Deliveries deliveries;

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsEveryNotificationWithItsStatusAttemptsLastErrorAndNextRetry() throws Exception {
		Notification sent = notification("d-1", "ann@example.com", "Welcome");
		sent.sent(NOW);
		Notification retrying = notification("d-2", "jobs@northwind.example", "New subscriber");
		retrying.failed("Connection refused", NOW, false);
		retrying.failed("Connection refused", NOW, false);
		given(this.notifications.findAllByOrderByCreatedAtDescIdDesc()).willReturn(List.of(sent, retrying));
		given(this.deliveries.pending()).willReturn(List.of(delivery("d-2", Delivery.Status.PENDING, 2,
				Instant.parse("2026-03-01T10:16:02Z"))));

		this.mvc.perform(get("/admin/notifications"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ann@example.com"), containsString(">SENT<"),
					containsString(">RETRYING<"), containsString("Connection refused"),
					containsString("<td class=\"attempts\">2</td>"), containsString("2026-03-01 10:15:30"),
					containsString("2026-03-01 10:16:02"), not(containsString("Resubmit")))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsTheEndOfTheLeaseAsTheNextRetryOfADeliveryHeldByACrashedAttempt() throws Exception {
		Notification waiting = notification("d-7", "ann@example.com", "Welcome");
		waiting.failed("Connection refused", NOW, false);
		Notification freed = notification("d-8", "bob@example.com", "Welcome");
		freed.failed("Connection refused", NOW, false);
		given(this.notifications.findAllByOrderByCreatedAtDescIdDesc()).willReturn(List.of(waiting, freed));
		given(this.deliveries.pending()).willReturn(List.of(
				// due at 10:16:02, but the instance that claimed it then died with a 5 minute lease
				new Delivery("d-7", "welcomeNotifications.subscriberRegistered", "subscriber_registered",
						Delivery.Status.PENDING, 1, Instant.parse("2026-03-01T10:16:02Z"), "Connection refused", NOW,
						null, Instant.parse("2026-03-01T10:21:02Z")),
				// a lease that ended before the attempt is due holds nothing back
				new Delivery("d-8", "welcomeNotifications.subscriberRegistered", "subscriber_registered",
						Delivery.Status.PENDING, 1, Instant.parse("2026-03-01T10:17:04Z"), "Connection refused", NOW,
						null, Instant.parse("2026-03-01T10:15:31Z"))));

		this.mvc.perform(get("/admin/notifications"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2026-03-01 10:21:02"),
					not(containsString("2026-03-01 10:16:02")), containsString("2026-03-01 10:17:04"),
					not(containsString("2026-03-01 10:15:31")))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void offersToResubmitADeadDelivery() throws Exception {
		Notification failed = notification("d-3", "ann@example.com", "Welcome");
		failed.failed("Connection refused", NOW, true);
		given(this.notifications.findAllByOrderByCreatedAtDescIdDesc()).willReturn(List.of(failed));
		given(this.deliveries.dead()).willReturn(List.of(delivery("d-3", Delivery.Status.DEAD, 10, null)));

		this.mvc.perform(get("/admin/notifications"))
			.andExpect(content().string(allOf(containsString(">FAILED<"),
					containsString("action=\"/admin/notifications/deliveries/d-3/resubmit\""),
					containsString("name=\"_csrf\""))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsADeliveryThatFailedBeforeStoringAnyEmailWithItsErrorAndResubmit() throws Exception {
		Notification sent = notification("d-1", "ann@example.com", "Welcome");
		sent.sent(NOW);
		given(this.notifications.findAllByOrderByCreatedAtDescIdDesc()).willReturn(List.of(sent));
		given(this.deliveries.pending()).willReturn(List.of(
				delivery("d-4", Delivery.Status.PENDING, 3, Instant.parse("2026-03-01T10:16:02Z")),
				// not attempted yet: nothing to show
				delivery("d-5", Delivery.Status.PENDING, 0, NOW)));
		given(this.deliveries.dead()).willReturn(List.of(delivery("d-1", Delivery.Status.DEAD, 10, null),
				new Delivery("d-6", "jobChangeNotifications.jobSaved", "post_save", Delivery.Status.DEAD, 10, null,
						"DataIntegrityViolationException: value too long for column \"subject\"", NOW, null)));

		this.mvc.perform(get("/admin/notifications"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">RETRYING<"), containsString(">FAILED<"),
					containsString("jobChangeNotifications.jobSaved"),
					containsString("value too long for column &quot;subject&quot;"),
					containsString("<td class=\"attempts\">10</td>"), containsString("2026-03-01 10:16:02"),
					containsString("action=\"/admin/notifications/deliveries/d-6/resubmit\""),
					not(containsString("data-delivery=\"d-5\"")),
					// d-1 was sent; its delivery is the notification's row, with no Resubmit
					not(containsString("action=\"/admin/notifications/deliveries/d-1/resubmit\"")))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void resubmitsADeadDeliveryAndMarksItsUnsentEmailsPending() throws Exception {
		given(this.deliveries.resubmit("d-3")).willReturn(true);

		this.mvc.perform(post("/admin/notifications/deliveries/{id}/resubmit", "d-3").with(csrf()))
			.andExpect(redirectedUrl("/admin/notifications"))
			.andExpect(flash().attribute("message", "notifications.resubmitted"));

		then(this.notifications).should().resubmitted("d-3");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void resubmitsNothingElse() throws Exception {
		this.mvc.perform(post("/admin/notifications/deliveries/{id}/resubmit", "d-1").with(csrf()))
			.andExpect(redirectedUrl("/admin/notifications"))
			.andExpect(flash().attribute("message", "notifications.notResubmitted"));

		then(this.notifications).should(never()).resubmitted("d-1");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void resubmittingNeedsCsrf() throws Exception {
		this.mvc.perform(post("/admin/notifications/deliveries/{id}/resubmit", "d-3")).andExpect(status().isForbidden());
	}

	@Test
	void isForAdminsOnly() throws Exception {
		this.mvc.perform(get("/admin/notifications")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/notifications/deliveries/{id}/resubmit", "d-3").with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	private static Notification notification(String deliveryId, String to, String subject) {
		return new Notification(deliveryId, new Email(to, subject, "Hello"), NOW);
	}

	private static Delivery delivery(String id, Delivery.Status status, int attempts, Instant next) {
		return new Delivery(id, "welcomeNotifications.subscriberRegistered", "subscriber_registered", status, attempts,
				next, "EmailsNotSentException: 1 of 1 emails not sent", NOW, null);
	}

}
