package dev.signals.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.Delivery.Status;
import dev.signals.delivery.DeliveryStore.StoredDelivery;

/**
 * The {@link Deliveries} of the application: views of the delivery records, and resubmission
 * of the dead ones.
 */
public final class DefaultDeliveries implements Deliveries {

	private final DeliveryStore store;

	private final Clock clock;

	/**
	 * Create the deliveries of the application's delivery table.
	 * @param store the delivery table
	 * @param clock dates a resubmitted delivery's next attempt
	 */
	public DefaultDeliveries(DeliveryStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Optional<Delivery> find(String id) {
		return this.store.find(id).map(StoredDelivery::view);
	}

	@Override
	public List<Delivery> pending() {
		return this.store.withStatus(Status.PENDING).stream().map(StoredDelivery::view).toList();
	}

	@Override
	public List<Delivery> dead() {
		return this.store.withStatus(Status.DEAD).stream().map(StoredDelivery::view).toList();
	}

	@Override
	public boolean resubmit(String id) {
		return this.store.resubmit(id, this.clock.instant());
	}

}
