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
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
class SubscriptionRepositoryTests {

	@Autowired
	private JobRepository jobs;

	@Autowired
	private SubscriberRepository subscribers;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private EntityManager entityManager;

	private Job job;

	private Subscriber ann;

	@BeforeEach
	void setUp() {
		this.job = this.jobs.save(new Job("Northwind", "jobs@northwind.example", "Backend Engineer", null));
		this.ann = this.subscribers.save(new Subscriber("ann@example.com"));
	}

	@Test
	void aSubscriberSubscribesToAJobOnce() {
		this.subscriptions.saveAndFlush(new Subscription(this.ann, this.job));

		assertThat(this.subscriptions.existsBySubscriberAndJob(this.ann, this.job)).isTrue();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.subscriptions.saveAndFlush(new Subscription(this.ann, this.job)));
	}

	@Test
	void anEmailSubscribesOnce() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.subscribers.saveAndFlush(new Subscriber("ann@example.com")));
	}

	@Test
	void findsTheEmailsOfAJobsSubscribers() {
		Subscriber bob = this.subscribers.save(new Subscriber("bob@example.com"));
		Job other = this.jobs.save(new Job("Contoso", "jobs@contoso.example", "Data Analyst", null));
		this.subscriptions.save(new Subscription(bob, this.job));
		this.subscriptions.save(new Subscription(this.ann, this.job));
		this.subscriptions.save(new Subscription(this.ann, other));

		assertThat(this.subscriptions.findSubscriberEmailsByJobId(this.job.getId()))
			.containsExactly("ann@example.com", "bob@example.com");
		assertThat(this.subscriptions.findWithSubscriberByJobId(other.getId())).extracting((s) -> s.getSubscriber().getEmail())
			.containsExactly("ann@example.com");
	}

	@Test
	void deletingAJobDeletesItsSubscriptionsByCascade() {
		this.subscriptions.saveAndFlush(new Subscription(this.ann, this.job));
		// a fresh load, as the admin's delete does, so that the cascade sees the subscription
		this.entityManager.clear();
		Long id = this.job.getId();

		this.jobs.delete(this.jobs.findById(id).orElseThrow());
		this.jobs.flush();

		assertThat(this.subscriptions.countByJobId(id)).isZero();
		assertThat(this.subscribers.findByEmail("ann@example.com")).isPresent();
	}

}
