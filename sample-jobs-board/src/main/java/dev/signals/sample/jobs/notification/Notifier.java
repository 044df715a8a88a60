package dev.signals.sample.jobs.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import dev.signals.sample.jobs.notification.Notification.Status;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends emails and logs each one as a {@link Notification}. Called by {@code AFTER_COMMIT}
 * receivers: the transaction that sent the signal is over, so every database access here runs
 * in a new transaction of its own (joining the finished one would silently write nothing).
 */
@Component
class Notifier {

	private static final Log logger = LogFactory.getLog(Notifier.class);

	private final MailBackend backend;

	private final NotificationRepository notifications;

	private final NotificationProperties properties;

	private final TransactionTemplate newTransaction;

	private final Clock clock = Clock.systemUTC();

	Notifier(MailBackend backend, NotificationRepository notifications, NotificationProperties properties,
			PlatformTransactionManager transactionManager) {
		this.backend = backend;
		this.notifications = notifications;
		this.properties = properties;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Read from the database after the sending transaction has ended.
	 * @param <T> the result type
	 * @param query the reads
	 * @return their result
	 */
	<T> T read(Supplier<T> query) {
		return this.newTransaction.execute((status) -> query.get());
	}

	void send(List<Email> emails) {
		emails.forEach(this::send);
	}

	/**
	 * Send an email; a failure is logged and stored, never thrown: the subscription or job
	 * change that caused it has been committed and stays.
	 * @param email the email
	 */
	void send(Email email) {
		Notification notification;
		try {
			this.backend.send(this.properties.from(), email);
			notification = new Notification(email, Status.SENT, null, Instant.now(this.clock));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not send '" + email.subject() + "' to " + email.to() + ": " + ex.getMessage());
			notification = new Notification(email, Status.FAILED, errorOf(ex), Instant.now(this.clock));
		}
		Notification stored = notification;
		this.newTransaction.executeWithoutResult((status) -> this.notifications.save(stored));
	}

	private static String errorOf(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		return (message.length() > 1000) ? message.substring(0, 1000) : message;
	}

}
