package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Subscriber;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores subscribers.
 */
public interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

	Optional<Subscriber> findByEmail(String email);

}
