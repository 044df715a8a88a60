package dev.signals.sample.jobs.subscription;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.signals.Signals;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribes an email to a job and announces it with signals. Who gets told, and how, is not
 * this class's business: it only sends {@code subscriber_registered} and {@code new_subscriber}.
 */
@Service
public class SubscriptionService {

	private final JobRepository jobs;

	private final SubscriberRepository subscribers;

	private final SubscriptionRepository subscriptions;

	private final Signals signals;

	SubscriptionService(JobRepository jobs, SubscriberRepository subscribers, SubscriptionRepository subscriptions,
			Signals signals) {
		this.jobs = jobs;
		this.subscribers = subscribers;
		this.subscriptions = subscriptions;
		this.signals = signals;
	}

	@Transactional
	public Outcome subscribe(long jobId, String email) {
		Job job = this.jobs.findById(jobId).orElseThrow(() -> new JobNotFoundException(jobId));
		if (!job.isOpen()) {
			return Outcome.JOB_CLOSED;
		}
		String address = email.trim().toLowerCase(Locale.ROOT);
		// @Email accepts internationalized addresses; the board's mail backend cannot send to them
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(address)) {
			return Outcome.UNSUPPORTED_EMAIL;
		}
		Subscriber subscriber = this.subscribers.findByEmail(address).orElse(null);
		boolean firstSubscription = (subscriber == null);
		if (firstSubscription) {
			subscriber = this.subscribers.save(new Subscriber(address));
		}
		else if (this.subscriptions.existsBySubscriberAndJob(subscriber, job)) {
			return Outcome.ALREADY_SUBSCRIBED;
		}
		// Stored through the job, which cascades to it, and flushed so the unique constraints are
		// checked before anybody is told.
		job.addSubscription(new Subscription(subscriber, job));
		this.jobs.flush();
		if (firstSubscription) {
			this.signals.send(SubscriptionSignals.SUBSCRIBER_REGISTERED, Subscriber.class,
					new SubscriberRegistered(subscriber, job));
		}
		this.signals.send(SubscriptionSignals.NEW_SUBSCRIBER, Subscription.class, new NewSubscriber(job, subscriber));
		return Outcome.SUBSCRIBED;
	}

	/**
	 * What became of a subscription request.
	 */
	public enum Outcome {

		/** Stored, and the signals sent. */
		SUBSCRIBED,

		/** The email already follows this job; nothing stored. */
		ALREADY_SUBSCRIBED,

		/** The job takes no more subscribers. */
		JOB_CLOSED,

		/** The address is not plain ASCII, which the board cannot email; nothing stored. */
		UNSUPPORTED_EMAIL

	}

}
