package dev.signals.sample.jobs.admin;

import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's pages for jobs: list, create, edit, close, delete, and a job's subscribers.
 */
@Controller
@RequestMapping("/admin/jobs")
class JobAdminController {

	private static final String FORM_VIEW = "admin/jobForm";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/jobs";

	private final JobRepository jobs;

	private final SubscriptionRepository subscriptions;

	private final JobAdministration administration;

	JobAdminController(JobRepository jobs, SubscriptionRepository subscriptions, JobAdministration administration) {
		this.jobs = jobs;
		this.subscriptions = subscriptions;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", this.jobs.findAllByOrderByCreatedAtDescIdDesc());
		return "admin/jobList";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("jobForm", new JobForm());
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@Valid JobForm jobForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		this.administration.create(jobForm);
		redirect.addFlashAttribute("message", "admin.jobs.created");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("jobForm", JobForm.of(this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id))));
		model.addAttribute("jobId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable long id, @Valid JobForm jobForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("jobId", id);
			return FORM_VIEW;
		}
		this.administration.update(id, jobForm);
		redirect.addFlashAttribute("message", "admin.jobs.updated");
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.close(id);
		redirect.addFlashAttribute("message", "admin.jobs.closed");
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.delete(id);
		redirect.addFlashAttribute("message", "admin.jobs.deleted");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/subscribers")
	String subscribers(@PathVariable long id, Model model) {
		model.addAttribute("job", this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id)));
		model.addAttribute("subscriptions", this.subscriptions.findWithSubscriberByJobId(id));
		return "admin/jobSubscribers";
	}

}
