package dev.signals.it;

import org.springframework.stereotype.Component;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;

/**
 * Records the model signals of jobs and subscriptions, as a Django app's receivers would.
 */
@Component
class RecordingReceivers {

	private final SignalLog log;

	private final SubscriptionRepository subscriptions;

	RecordingReceivers(SignalLog log, SubscriptionRepository subscriptions) {
		this.log = log;
		this.subscriptions = subscriptions;
	}

	@SignalReceiver
	void jobPreSave(PreSave<Job> event) {
		this.log.record("jobPreSave", event, event.instance().getId());
	}

	@SignalReceiver
	void jobPostSave(PostSave<Job> event) {
		this.log.record("jobPostSave", event, event.instance().getId());
	}

	@SignalReceiver
	void jobPreDelete(PreDelete<Job> event) {
		// the subscriptions removed with the job by cascade are still there to be queried
		this.log.record("jobPreDelete", event, this.subscriptions.countByJob(event.instance()));
	}

	@SignalReceiver
	void jobPostDelete(PostDelete<Job> event) {
		this.log.record("jobPostDelete", event);
	}

	@SignalReceiver(sender = FeaturedJob.class)
	void featuredJobSaved(PostSave<Job> event) {
		this.log.record("featuredJobSaved", event);
	}

	@SignalReceiver(signal = { ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE })
	void subscriptionDeleted(ModelEvent<Subscription> event) {
		this.log.record("subscriptionDeleted", event);
	}

	@SignalReceiver
	void anythingSaved(PostSave<Object> event) {
		this.log.record("anythingSaved", event);
	}

}
