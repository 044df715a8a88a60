package dev.signals.sample.jobs.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.signals.Deliveries;
import dev.signals.Delivery;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page of every email with its status, attempts, last error and next retry, where a
 * delivery that failed before storing its emails has a line too, and the admin resubmits a
 * delivery that gave up. It lives here, not in the admin package, so that nothing outside this
 * package needs to import it.
 */
@Controller
class NotificationController {

	private static final String REDIRECT_TO_LIST = "redirect:/admin/notifications";

	private final NotificationRepository notifications;

	private final Deliveries deliveries;

	NotificationController(NotificationRepository notifications, Deliveries deliveries) {
		this.notifications = notifications;
		this.deliveries = deliveries;
	}

	@GetMapping("/admin/notifications")
	String list(Model model) {
		// the deliveries still open: waiting for an attempt, or dead
		Map<String, Delivery> open = Stream.concat(this.deliveries.pending().stream(), this.deliveries.dead().stream())
			.collect(Collectors.toMap(Delivery::id, Function.identity(), (first, second) -> first));
		List<Notification> stored = this.notifications.findAllByOrderByCreatedAtDescIdDesc();
		List<NotificationRow> rows = new ArrayList<>(stored.stream()
			.map((notification) -> NotificationRow.of(notification,
					(notification.getStatus() != Notification.Status.SENT) ? open.get(notification.getDeliveryId())
							: null))
			.toList());
		// A delivery can fail before it stores its emails (a row the database refuses, a payload
		// that no longer reads): without a row of its own, only the log would know.
		Set<String> withNotifications = stored.stream().map(Notification::getDeliveryId).collect(Collectors.toSet());
		open.values()
			.stream()
			.filter((delivery) -> !withNotifications.contains(delivery.id()))
			.filter((delivery) -> delivery.status() == Delivery.Status.DEAD || delivery.attempts() > 0)
			.map(NotificationRow::of)
			.forEach(rows::add);
		rows.sort(Comparator.comparing(NotificationRow::getCreatedAt).reversed());
		model.addAttribute("notifications", rows);
		return "notifications/notificationList";
	}

	@PostMapping("/admin/notifications/deliveries/{id}/resubmit")
	String resubmit(@PathVariable String id, RedirectAttributes redirect) {
		if (this.deliveries.resubmit(id)) {
			this.notifications.resubmitted(id);
			redirect.addFlashAttribute("message", "notifications.resubmitted");
		}
		else {
			redirect.addFlashAttribute("message", "notifications.notResubmitted");
		}
		return REDIRECT_TO_LIST;
	}

}
