package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.subscription.SubscriptionService.Outcome;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handles the subscribe form of a job page. A subscription that was carried out, or refused,
 * redirects to a page that only reads (post/redirect/get), so reloading it subscribes nobody
 * again; only a form with errors is shown again in answer to the POST.
 */
@Controller
class SubscriptionController {

	private final SubscriptionService subscriptions;

	private final JobRepository jobs;

	SubscriptionController(SubscriptionService subscriptions, JobRepository jobs) {
		this.subscriptions = subscriptions;
		this.jobs = jobs;
	}

	@InitBinder("subscribeForm")
	void trimEmail(WebDataBinder binder) {
		// An address pasted with a space around it is still the address; blank becomes null.
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping("/jobs/{id}/subscribe")
	String subscribe(@PathVariable long id, @Valid @ModelAttribute("subscribeForm") SubscribeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("job", this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id)));
			return "jobs/jobDetails";
		}
		Outcome outcome = subscribe(id, form.getEmail());
		if (outcome != Outcome.SUBSCRIBED) {
			redirect.addFlashAttribute("outcome", outcome);
			return "redirect:/jobs/{id}";
		}
		redirect.addFlashAttribute("email", form.getEmail());
		return "redirect:/jobs/{id}/subscribed";
	}

	@GetMapping("/jobs/{id}/subscribed")
	String subscribed(@PathVariable long id, Model model) {
		// The address comes with the redirect only; a reload or a bookmark shows the job.
		if (!model.containsAttribute("email")) {
			return "redirect:/jobs/{id}";
		}
		model.addAttribute("job", this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id)));
		return "subscriptions/subscribed";
	}

	private Outcome subscribe(long id, String email) {
		try {
			return this.subscriptions.subscribe(id, email);
		}
		catch (DataIntegrityViolationException ex) {
			// The same email subscribed to this job from another request at the same moment: the
			// service retries a race for a new subscriber, not one for the same subscription.
			return Outcome.ALREADY_SUBSCRIBED;
		}
	}

}
