package dev.signals.sample.jobs.job;

import java.util.List;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * The open jobs shown on {@code /jobs}, cached. Nothing here knows when jobs change: a signal
 * receiver calls {@link #evict()} after every committed job write.
 */
@Service
public class JobListing {

	static final String CACHE = "openJobs";

	private final JobRepository jobs;

	JobListing(JobRepository jobs) {
		this.jobs = jobs;
	}

	@Cacheable(CACHE)
	public List<JobSummary> openJobs() {
		return this.jobs.findByOpenTrueOrderByCreatedAtDescIdDesc().stream().map(JobSummary::of).toList();
	}

	@CacheEvict(cacheNames = CACHE, allEntries = true)
	public void evict() {
	}

}
