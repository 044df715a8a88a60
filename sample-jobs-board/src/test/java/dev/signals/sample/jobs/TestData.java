package dev.signals.sample.jobs;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobListing;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.Subscriber;
import dev.signals.sample.jobs.subscription.SubscriberRepository;
import dev.signals.sample.jobs.subscription.Subscription;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;

/**
 * Sets up and tears down rows for the end-to-end tests, which share one database when they run
 * against PostgreSQL or MariaDB. Imported by the tests that use it.
 */
public class TestData {

	private final JobRepository jobs;

	private final SubscriberRepository subscribers;

	private final SubscriptionRepository subscriptions;

	private final NotificationRepository notifications;

	private final JobListing listing;

	TestData(JobRepository jobs, SubscriberRepository subscribers, SubscriptionRepository subscriptions,
			NotificationRepository notifications, JobListing listing) {
		this.jobs = jobs;
		this.subscribers = subscribers;
		this.subscriptions = subscriptions;
		this.notifications = notifications;
		this.listing = listing;
	}

	/**
	 * Empty every table. Bulk deletes send no signals, so the cached listing is evicted by hand.
	 */
	public void clear() {
		this.subscriptions.deleteAllInBatch();
		this.subscribers.deleteAllInBatch();
		this.jobs.deleteAllInBatch();
		this.notifications.deleteAllInBatch();
		this.listing.evict();
	}

	public Job job(String title, String company) {
		String email = "jobs@" + company.toLowerCase().replaceAll("[^a-z]", "") + ".example";
		return this.jobs.save(new Job(company, email, title, "Details of " + title));
	}

	/**
	 * Subscribe directly through the repositories: no custom signal, so no email.
	 * @param job the job
	 * @param emails the subscribers' addresses
	 */
	public void subscribe(Job job, String... emails) {
		for (String email : emails) {
			Subscriber subscriber = this.subscribers.findByEmail(email)
				.orElseGet(() -> this.subscribers.save(new Subscriber(email)));
			this.subscriptions.save(new Subscription(subscriber, job));
		}
	}

}
