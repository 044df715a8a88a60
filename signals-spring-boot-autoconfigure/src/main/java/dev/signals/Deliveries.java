package dev.signals;

import java.util.List;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable deliveries of {@link SignalReceiver#durable() durable} receivers: what is pending,
 * what is dead, and resubmitting dead ones. Available as a bean when durable delivery is set up.
 *
 * @since 0.1.0
 */
public interface Deliveries {

	/**
	 * The id of the delivery the current thread is running, for receivers that must be
	 * idempotent: it is the same on every attempt, and on another instance after a crash.
	 * @return the delivery id, empty outside a durable receiver
	 */
	static Optional<String> currentId() {
		// bound as a thread resource, as Spring binds the current transaction's, by the code that
		// runs the attempt: the API reads it without depending on that code
		return Optional.ofNullable((String) TransactionSynchronizationManager.getResource(Deliveries.class));
	}

	/**
	 * A delivery by id.
	 * @param id the delivery id
	 * @return the delivery, empty if unknown or cleaned up
	 */
	Optional<Delivery> find(String id);

	/**
	 * The deliveries waiting for their first or next attempt, oldest first.
	 * @return the pending deliveries
	 */
	List<Delivery> pending();

	/**
	 * The deliveries whose every attempt failed, oldest first.
	 * @return the dead deliveries
	 */
	List<Delivery> dead();

	/**
	 * Give a dead delivery a new series of attempts, starting now.
	 * @param id the delivery id
	 * @return {@code true} if it was dead and is pending again
	 */
	boolean resubmit(String id);

}
