package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The numbering receiver on the JPA slice, which includes the starter's Hibernate signals.
 * Each test reads the numbers back from the database, as the admin's page does.
 */
@DataJpaTest
@Import(SubscriptionNumbering.class)
class SubscriptionNumberingTests {

	@Autowired
	private JobRepository jobs;

	@Autowired
	private SubscriberRepository subscribers;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private EntityManager entityManager;

	private Job job;

	@BeforeEach
	void job() {
		this.job = this.jobs.save(new Job("Northwind", "jobs@northwind.example", "Backend Engineer", null));
	}

	@Test
	void numbersEachJobsSubscriptionsAddedThroughItsCollection() {
		Job other = this.jobs.save(new Job("Contoso", "jobs@contoso.example", "Data Analyst", null));

		subscribe(this.job, "ann@example.com");
		subscribe(this.job, "bob@example.com");
		subscribe(other, "ann@example.com");
		this.entityManager.clear();

		assertThat(this.subscriptions.findWithSubscriberByJobId(this.job.getId()))
			.extracting((subscription) -> subscription.getSubscriber().getEmail(), Subscription::getNumber)
			.containsExactlyInAnyOrder(tuple("ann@example.com", 1), tuple("bob@example.com", 2));
		assertThat(this.subscriptions.findWithSubscriberByJobId(other.getId())).extracting(Subscription::getNumber)
			.containsExactly(1);
	}

	@Test
	void numbersASubscriptionSavedThroughTheRepositoryToo() {
		subscribe(this.job, "ann@example.com");

		Subscription bob = this.subscriptions.saveAndFlush(new Subscription(subscriber("bob@example.com"), this.job));
		this.entityManager.clear();

		assertThat(this.subscriptions.findById(bob.getId())).get()
			.extracting(Subscription::getNumber)
			.isEqualTo(2);
	}

	@Test
	void keepsANumberAlreadyGiven() {
		Subscription imported = new Subscription(subscriber("ann@example.com"), this.job);
		imported.setNumber(42);

		this.job.addSubscription(imported);
		this.jobs.flush();
		this.entityManager.clear();

		assertThat(this.subscriptions.findById(imported.getId())).get()
			.extracting(Subscription::getNumber)
			.isEqualTo(42);
	}

	private void subscribe(Job job, String email) {
		job.addSubscription(new Subscription(subscriber(email), job));
		this.jobs.flush();
	}

	private Subscriber subscriber(String email) {
		return this.subscribers.findByEmail(email).orElseGet(() -> this.subscribers.save(new Subscriber(email)));
	}

}
