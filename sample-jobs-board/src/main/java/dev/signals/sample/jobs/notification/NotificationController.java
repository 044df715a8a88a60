package dev.signals.sample.jobs.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin page listing every notification with its status. It lives here, not in the admin
 * package, so that nothing outside this package needs to import it.
 */
@Controller
class NotificationController {

	private final NotificationRepository notifications;

	NotificationController(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/admin/notifications")
	String list(Model model) {
		model.addAttribute("notifications", this.notifications.findAllByOrderBySentAtDescIdDesc());
		return "notifications/notificationList";
	}

}
