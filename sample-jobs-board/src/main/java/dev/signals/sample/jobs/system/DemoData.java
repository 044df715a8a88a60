package dev.signals.sample.jobs.system;

import java.util.List;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobRepository;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty board with a few jobs so that a first start has something to show. The
 * inserts send {@code post_save} like any other write; no receiver emails about new jobs.
 */
@Component
@ConditionalOnBooleanProperty(name = "jobs-board.demo-data", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	private final JobRepository jobs;

	DemoData(JobRepository jobs) {
		this.jobs = jobs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jobs.count() == 0) {
			this.jobs.saveAll(jobs());
		}
	}

	static List<Job> jobs() {
		return List.of(
				new Job("Northwind Traders", "jobs@northwind.example", "Backend Engineer (Java)",
						"Build the order services behind our shop in Spring Boot and PostgreSQL. Hybrid, 4 days a week."),
				new Job("Contoso Pharma", "careers@contoso.example", "Data Analyst",
						"Turn lab results into dashboards for our research teams. SQL and one plotting library required."),
				new Job("Fabrikam Studios", "hello@fabrikam.example", "Frontend Developer",
						"Accessible, fast web pages for our booking platform. Remote within Europe."),
				new Job("Tailspin Airlines", "people@tailspin.example", "Site Reliability Engineer",
						"Keep the flight tracking platform up, on call one week in six, with a blameless culture."));
	}

}
