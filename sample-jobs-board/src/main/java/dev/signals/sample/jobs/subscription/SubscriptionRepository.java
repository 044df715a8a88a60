package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Subscriber;
import dev.signals.sample.jobs.job.Subscription;
import java.util.List;

import dev.signals.sample.jobs.job.Job;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Stores subscriptions and answers who follows a job.
 */
public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

	boolean existsBySubscriberAndJob(Subscriber subscriber, Job job);

	@Query("select s.subscriber.email from Subscription s where s.job.id = :jobId order by s.subscriber.email")
	List<String> findSubscriberEmailsByJobId(Long jobId);

	@Query("select s from Subscription s join fetch s.subscriber where s.job.id = :jobId order by s.createdAt")
	List<Subscription> findWithSubscriberByJobId(Long jobId);

	long countByJobId(Long jobId);

}
