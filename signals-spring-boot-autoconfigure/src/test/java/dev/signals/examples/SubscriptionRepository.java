package dev.signals.examples;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

	List<Subscription> findByJobId(Long jobId);

}
