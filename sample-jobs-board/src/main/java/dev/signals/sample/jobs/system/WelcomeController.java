package dev.signals.sample.jobs.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends visitors of the root to the jobs.
 */
@Controller
class WelcomeController {

	@GetMapping("/")
	String welcome() {
		return "redirect:/jobs";
	}

}
