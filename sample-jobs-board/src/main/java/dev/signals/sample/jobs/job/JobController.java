package dev.signals.sample.jobs.job;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages: the open jobs and one job with its subscribe form.
 */
@Controller
class JobController {

	private final JobListing listing;

	private final JobRepository jobs;

	JobController(JobListing listing, JobRepository jobs) {
		this.listing = listing;
		this.jobs = jobs;
	}

	@GetMapping("/jobs")
	String list(Model model) {
		model.addAttribute("jobs", this.listing.openJobs());
		return "jobs/jobList";
	}

	@GetMapping("/jobs/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("job", this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id)));
		return "jobs/jobDetails";
	}

}
