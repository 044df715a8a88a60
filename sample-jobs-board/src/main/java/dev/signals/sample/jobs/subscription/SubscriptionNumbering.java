package dev.signals.sample.jobs.subscription;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.jobs.job.Subscription;

import org.springframework.stereotype.Component;

/**
 * Gives each new subscription its subscriber number among its job's subscriptions.
 * <p>
 * A receiver rather than code in {@link SubscriptionService}, as a Django {@code pre_save}
 * handler would be: every way a subscription is stored is numbered, whether through its job's
 * collection, by cascade, or through the repository. It counts with a repository query, which a
 * {@code pre_save} receiver may run even for an entity stored by cascade: the starter sends that
 * {@code pre_save} before Hibernate's cascade starts. The number is for people to read, not a
 * key: two subscriptions to one job committing at the same moment may share one.
 */
@Component
class SubscriptionNumbering {

	private final SubscriptionRepository subscriptions;

	SubscriptionNumbering(SubscriptionRepository subscriptions) {
		this.subscriptions = subscriptions;
	}

	@SignalReceiver
	void number(PreSave<Subscription> event) {
		Subscription subscription = event.instance();
		// only inserts: an older row updated later would count itself
		if (event.created() && subscription.getNumber() == null) {
			long stored = this.subscriptions.countByJobId(subscription.getJob().getId());
			subscription.setNumber(Math.toIntExact(stored + 1));
		}
	}

}
