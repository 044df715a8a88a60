package dev.signals.sample.jobs.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin area's home, which the startup log points to: its jobs.
 */
@Controller
class AdminController {

	@GetMapping({ "/admin", "/admin/" })
	String home() {
		return "redirect:/admin/jobs";
	}

}
