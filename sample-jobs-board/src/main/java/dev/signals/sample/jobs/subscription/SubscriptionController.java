package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.subscription.SubscriptionService.Outcome;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Handles the subscribe form of a job page.
 */
@Controller
class SubscriptionController {

	private final SubscriptionService subscriptions;

	private final JobRepository jobs;

	SubscriptionController(SubscriptionService subscriptions, JobRepository jobs) {
		this.subscriptions = subscriptions;
		this.jobs = jobs;
	}

	@PostMapping("/jobs/{id}/subscribe")
	String subscribe(@PathVariable long id, @Valid @ModelAttribute("subscribeForm") SubscribeForm form,
			BindingResult result, Model model) {
		model.addAttribute("job", this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id)));
		if (result.hasErrors()) {
			return "jobs/jobDetails";
		}
		Outcome outcome = subscribe(id, form.getEmail());
		if (outcome != Outcome.SUBSCRIBED) {
			model.addAttribute("outcome", outcome);
			return "jobs/jobDetails";
		}
		model.addAttribute("email", form.getEmail().trim());
		return "subscriptions/subscribed";
	}

	private Outcome subscribe(long id, String email) {
		try {
			return this.subscriptions.subscribe(id, email);
		}
		catch (DataIntegrityViolationException ex) {
			// The same email subscribed from another request at the same moment.
			return Outcome.ALREADY_SUBSCRIBED;
		}
	}

}
