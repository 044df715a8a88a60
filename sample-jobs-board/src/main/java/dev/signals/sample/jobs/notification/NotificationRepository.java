package dev.signals.sample.jobs.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The log of every email sent or attempted.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findAllByOrderBySentAtDescIdDesc();

}
