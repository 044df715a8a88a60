package dev.signals.sample.jobs.notification;

import java.time.Instant;
import java.util.List;

import dev.signals.sample.jobs.admin.SecurityConfiguration;
import dev.signals.sample.jobs.notification.Notification.Status;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NotificationController.class)
@Import(SecurityConfiguration.class)
class NotificationControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private NotificationRepository notifications;

	@Test
	@WithMockUser(roles = "ADMIN")
	void listsEveryNotificationWithItsStatus() throws Exception {
		Instant now = Instant.parse("2026-03-01T10:15:30Z");
		given(this.notifications.findAllByOrderBySentAtDescIdDesc()).willReturn(List.of(
				new Notification(new Email("ann@example.com", "Welcome", "Hello"), Status.SENT, null, now),
				new Notification(new Email("jobs@northwind.example", "New subscriber", "Hi"), Status.FAILED,
						"Connection refused", now)));

		this.mvc.perform(get("/admin/notifications"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ann@example.com"), containsString(">SENT<"),
					containsString(">FAILED<"), containsString("Connection refused"),
					containsString("2026-03-01 10:15:30"))));
	}

	@Test
	void isForAdminsOnly() throws Exception {
		this.mvc.perform(get("/admin/notifications")).andExpect(redirectedUrl("/login"));
	}

}
