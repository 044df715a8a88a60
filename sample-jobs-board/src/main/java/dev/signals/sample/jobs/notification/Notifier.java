package dev.signals.sample.jobs.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.sample.jobs.notification.Notification.Status;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the emails of a durable receiver's delivery and keeps each one as a
 * {@link Notification}. Delivering twice is harmless: the notifications are keyed by the
 * delivery's id ({@link Deliveries#currentId()}), the same on every attempt, so a retry sends
 * only what is not sent yet and updates the same rows.
 * <p>
 * Called by {@code AFTER_COMMIT} receivers: the transaction that sent the signal is over, so
 * every database access here runs in a new transaction of its own (joining the finished one
 * would silently write nothing).
 */
@Component
class Notifier {

	private static final Log logger = LogFactory.getLog(Notifier.class);

	private final MailBackend backend;

	private final NotificationRepository notifications;

	private final NotificationProperties properties;

	private final Deliveries deliveries;

	private final int maxAttempts;

	private final TransactionTemplate newTransaction;

	private final Supplier<Optional<String>> currentDelivery;

	private final Clock clock = Clock.systemUTC();

	@Autowired
	Notifier(MailBackend backend, NotificationRepository notifications, NotificationProperties properties,
			Deliveries deliveries, @Value("${signals.delivery.max-attempts:10}") int maxAttempts,
			PlatformTransactionManager transactionManager) {
		this(backend, notifications, properties, deliveries, maxAttempts, transactionManager, Deliveries::currentId);
	}

	Notifier(MailBackend backend, NotificationRepository notifications, NotificationProperties properties,
			Deliveries deliveries, int maxAttempts, PlatformTransactionManager transactionManager,
			Supplier<Optional<String>> currentDelivery) {
		this.backend = backend;
		this.notifications = notifications;
		this.properties = properties;
		this.deliveries = deliveries;
		this.maxAttempts = maxAttempts;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.currentDelivery = currentDelivery;
	}

	void send(Email email) {
		send(() -> List.of(email));
	}

	/**
	 * Send the emails of the current delivery. On its first attempt the emails are computed
	 * (in a new transaction, so the supplier may read the database) and stored as
	 * {@code PENDING}; a later attempt sends the stored ones that are not {@code SENT} yet, so
	 * nobody gets the same email twice and the content is what it was when first attempted.
	 * @param emails the emails, asked for on the delivery's first attempt only
	 * @throws EmailsNotSentException if any email could not be sent, for the delivery to be
	 * retried; what was sent stays sent
	 */
	void send(Supplier<List<Email>> emails) {
		Optional<String> current = this.currentDelivery.get();
		// outside a durable delivery (nothing retries it) the emails get one attempt
		String deliveryId = current.orElseGet(() -> UUID.randomUUID().toString());
		boolean lastAttempt = current.isEmpty() || isLastAttempt(deliveryId);
		List<Notification> unsent = this.newTransaction.execute((status) -> unsent(deliveryId, emails));
		List<String> failures = new ArrayList<>();
		for (Notification notification : unsent) {
			Instant now = Instant.now(this.clock);
			try {
				this.backend.send(this.properties.from(), notification.email());
				notification.sent(now);
			}
			catch (RuntimeException ex) {
				String error = errorOf(ex);
				logger.warn("Could not send '" + notification.getSubject() + "' to " + notification.getRecipient()
						+ " (delivery " + deliveryId + ", " + (lastAttempt ? "last attempt" : "retried later") + "): "
						+ error);
				notification.failed(error, now, lastAttempt);
				failures.add(notification.getRecipient() + ": " + error);
			}
			this.newTransaction.executeWithoutResult((status) -> this.notifications.save(notification));
		}
		if (!failures.isEmpty()) {
			throw new EmailsNotSentException(failures.size() + " of " + unsent.size() + " emails not sent: "
					+ String.join("; ", failures));
		}
	}

	private List<Notification> unsent(String deliveryId, Supplier<List<Email>> emails) {
		List<Notification> stored = this.notifications.findByDeliveryIdOrderByIdAsc(deliveryId);
		if (stored.isEmpty()) {
			Instant now = Instant.now(this.clock);
			Map<String, Email> byRecipient = new LinkedHashMap<>();
			emails.get().forEach((email) -> byRecipient.putIfAbsent(email.to(), email));
			stored = this.notifications.saveAll(
					byRecipient.values().stream().map((email) -> new Notification(deliveryId, email, now)).toList());
		}
		return stored.stream().filter((notification) -> notification.getStatus() != Status.SENT).toList();
	}

	/**
	 * Whether the library gives the delivery up if this attempt fails: its attempts so far are
	 * stored once an attempt has finished, so during one they count the earlier attempts.
	 */
	private boolean isLastAttempt(String deliveryId) {
		int before = this.deliveries.find(deliveryId).map(Delivery::attempts).orElse(0);
		return before + 1 >= this.maxAttempts;
	}

	private static String errorOf(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		return (message.length() > 1000) ? message.substring(0, 1000) : message;
	}

	/**
	 * Some emails of a delivery could not be sent: thrown for the delivery to be retried.
	 */
	static class EmailsNotSentException extends RuntimeException {

		EmailsNotSentException(String message) {
			super(message);
		}

	}

}
