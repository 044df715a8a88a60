package dev.signals.sample.jobs.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of every email the board sends, one row per delivery and recipient.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findAllByOrderByCreatedAtDescIdDesc();

	List<Notification> findByDeliveryIdOrderByIdAsc(String deliveryId);

	/**
	 * Mark the unsent emails of a resubmitted delivery as pending again.
	 * @param deliveryId the delivery
	 * @return how many rows changed
	 */
	default int resubmitted(String deliveryId) {
		return setStatusUnlessSent(deliveryId, Notification.Status.PENDING, Notification.Status.SENT);
	}

	@Transactional
	@Modifying
	@Query("update Notification n set n.status = ?2 where n.deliveryId = ?1 and n.status <> ?3")
	int setStatusUnlessSent(String deliveryId, Notification.Status status, Notification.Status sent);

}
