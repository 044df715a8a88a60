package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.signals.Signals;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobNotFoundException;
import dev.signals.sample.jobs.job.JobRepository;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscribes an email to a job and announces it with signals. Who gets told, and how, is not
 * this class's business: it only sends {@code subscriber_registered} and {@code new_subscriber}.
 */
@Service
public class SubscriptionService {

	private static final int MAX_ATTEMPTS = 3;

	private final JobRepository jobs;

	private final SubscriberRepository subscribers;

	private final SubscriptionRepository subscriptions;

	private final Signals signals;

	private final TransactionTemplate transaction;

	SubscriptionService(JobRepository jobs, SubscriberRepository subscribers, SubscriptionRepository subscriptions,
			Signals signals, PlatformTransactionManager transactionManager) {
		this.jobs = jobs;
		this.subscribers = subscribers;
		this.subscriptions = subscriptions;
		this.signals = signals;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Subscribe an email to a job, in a transaction of its own unless the caller has one.
	 * @param jobId the job
	 * @param email the address, as typed
	 * @return what became of it
	 * @throws DataIntegrityViolationException if the same email subscribed to the same job at
	 * the same moment, or another constraint kept failing
	 */
	public Outcome subscribe(long jobId, String email) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// the caller's transaction is spoilt by a constraint violation: nothing to retry in
			return this.transaction.execute((status) -> subscribeOnce(jobId, address));
		}
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> subscribeOnce(jobId, address));
			}
			catch (DataIntegrityViolationException ex) {
				// Most likely the same new email subscribed to another job at the same moment, and
				// the other request stored the subscriber first: a new transaction finds it. The
				// same email subscribing to this job twice at once is found as a subscription.
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Outcome subscribeOnce(long jobId, String address) {
		Job job = this.jobs.findById(jobId).orElseThrow(() -> new JobNotFoundException(jobId));
		if (!job.isOpen()) {
			return Outcome.JOB_CLOSED;
		}
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
