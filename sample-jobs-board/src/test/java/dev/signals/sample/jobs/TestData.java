package dev.signals.sample.jobs;

import java.time.Duration;

import dev.signals.Deliveries;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobListing;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.SubscriberRepository;
import dev.signals.sample.jobs.subscription.SubscriptionRepository;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

	private final Deliveries deliveries;

	private final JdbcTemplate jdbc;

	TestData(JobRepository jobs, SubscriberRepository subscribers, SubscriptionRepository subscriptions,
			NotificationRepository notifications, JobListing listing, Deliveries deliveries, JdbcTemplate jdbc) {
		this.jobs = jobs;
		this.subscribers = subscribers;
		this.subscriptions = subscriptions;
		this.notifications = notifications;
		this.listing = listing;
		this.deliveries = deliveries;
		this.jdbc = jdbc;
	}

	/**
	 * Empty every table, once the emails of the previous test are out: they are sent by async
	 * receivers, and one arriving during the next test would be counted there. Bulk deletes send
	 * no signals, so the cached listing is evicted by hand. The starter's delivery table is
	 * emptied too: it outlives the application's tables, which are dropped with each context.
	 */
	public void clear() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.deliveries.pending()).as("deliveries of the previous test").isEmpty());
		this.jdbc.update("delete from signals_delivery");
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
