package dev.signals.sample.jobs.admin;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's writes to jobs, each in one transaction. Edits change a managed entity, so
 * Hibernate's dirty checking writes only what changed, and {@code post_save} reports exactly
 * that in {@code changes()}.
 */
@Service
public class JobAdministration {

	private final JobRepository jobs;

	JobAdministration(JobRepository jobs) {
		this.jobs = jobs;
	}

	@Transactional
	public Job create(JobForm form) {
		return this.jobs.save(form.toJob());
	}

	@Transactional
	public void update(long id, JobForm form) {
		form.applyTo(find(id));
	}

	@Transactional
	public void close(long id) {
		find(id).close();
	}

	/**
	 * Delete a job; its subscriptions go with it by cascade.
	 * @param id the job's id
	 */
	@Transactional
	public void delete(long id) {
		this.jobs.delete(find(id));
	}

	private Job find(long id) {
		return this.jobs.findById(id).orElseThrow(() -> new JobNotFoundException(id));
	}

}
