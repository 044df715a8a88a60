package dev.signals.sample.jobs.job;

/**
 * What the public listing shows of a job: plain values, safe to keep in a cache.
 *
 * @param id the job's id
 * @param company the company
 * @param title the title
 * @param details the details
 */
public record JobSummary(Long id, String company, String title, String details) {

	static JobSummary of(Job job) {
		return new JobSummary(job.getId(), job.getCompany(), job.getTitle(), job.getDetails());
	}

}
