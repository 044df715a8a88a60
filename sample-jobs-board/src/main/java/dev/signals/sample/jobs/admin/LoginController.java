package dev.signals.sample.jobs.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin's login page, in the site's layout. Spring Security handles the form's POST and
 * comes back here with {@code ?error}, {@code ?locked} or {@code ?logout}.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockedMinutes", LoginThrottle.WINDOW.toMinutes());
		return "admin/login";
	}

}
