package dev.signals.sample.jobs.notification;

import java.util.List;

import dev.signals.Phase;
import dev.signals.PreDelete;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;

import org.springframework.stereotype.Component;

/**
 * Tells every subscriber of a deleted job that the posting was taken down.
 * <p>
 * Two steps, because the data and the right moment to email are in different places: during
 * {@code pre_delete} the job's subscriptions (deleted with it by cascade) can still be read,
 * but the transaction may yet roll back; after the commit they are gone. So the
 * {@code IMMEDIATE} receiver reads the addresses and hands them to an {@code AFTER_COMMIT}
 * receiver through the {@code job_taken_down} signal.
 */
@Component
class JobRemovalNotifications {

	private final SubscriptionRepository subscriptions;

	private final Signals signals;

	private final Notifier notifier;

	JobRemovalNotifications(SubscriptionRepository subscriptions, Signals signals, Notifier notifier) {
		this.subscriptions = subscriptions;
		this.signals = signals;
		this.notifier = notifier;
	}

	@SignalReceiver
	void jobDeleting(PreDelete<Job> event) {
		Job job = event.instance();
		List<String> recipients = this.subscriptions.findSubscriberEmailsByJobId(job.getId());
		if (!recipients.isEmpty()) {
			this.signals.send(NotificationSignals.JOB_TAKEN_DOWN, Job.class,
					new JobTakenDown(job.getTitle(), job.getCompany(), recipients));
		}
	}

	// durable: the addresses are in the payload, stored with the delivery, since the rows
	// they were read from are gone
	@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true, async = true)
	void jobTakenDown(JobTakenDown event) {
		this.notifier.send(() -> event.subscribers().stream().map((to) -> Emails.jobTakenDown(to, event)).toList());
	}

}
