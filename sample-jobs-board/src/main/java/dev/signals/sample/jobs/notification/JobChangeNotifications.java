package dev.signals.sample.jobs.notification;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;

import org.springframework.stereotype.Component;

/**
 * Tells a job's subscribers what changed when its title or details are edited or it closes.
 */
@Component
class JobChangeNotifications {

	private final SubscriptionRepository subscriptions;

	private final Notifier notifier;

	JobChangeNotifications(SubscriptionRepository subscriptions, Notifier notifier) {
		this.subscriptions = subscriptions;
		this.notifier = notifier;
	}

	// PostSave<Job> names the signal (post_save) and the sender (Job). The changes, old and
	// new values, are captured at the write and still there after the commit, and stored with
	// the durable delivery for a retry (which reloads the job by id).
	@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true, async = true)
	void jobSaved(PostSave<Job> event) {
		if (event.created() || JobAttributes.NEWSWORTHY.stream().noneMatch(event::hasChanged)) {
			return;
		}
		Job job = event.instance();
		// the subscribers as the delivery is first attempted; a retry emails the same people
		this.notifier.send(() -> this.subscriptions.findSubscriberEmailsByJobId(job.getId())
			.stream()
			.map((to) -> Emails.jobChanged(to, job, event.changes()))
			.toList());
	}

}
