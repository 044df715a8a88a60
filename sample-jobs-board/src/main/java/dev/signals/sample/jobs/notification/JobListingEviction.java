package dev.signals.sample.jobs.notification;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobListing;

import org.springframework.stereotype.Component;

/**
 * Keeps the cached listing of {@code /jobs} fresh: any committed insert, update or delete of a
 * job empties it.
 */
@Component
class JobListingEviction {

	private final JobListing listing;

	JobListingEviction(JobListing listing) {
		this.listing = listing;
	}

	// ModelEvent<Job> receives both signals, for Job only. After the commit, not before: a
	// request reading the listing in between would otherwise cache the old rows again.
	@SignalReceiver(signal = { ModelSignals.POST_SAVE, ModelSignals.POST_DELETE }, phase = Phase.AFTER_COMMIT)
	void jobWritten(ModelEvent<Job> event) {
		this.listing.evict();
	}

}
