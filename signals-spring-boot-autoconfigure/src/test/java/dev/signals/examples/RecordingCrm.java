package dev.signals.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * Keeps what the examples send to the CRM, with the thread each call ran on.
 */
@Component
class RecordingCrm implements Crm {

	private final List<Pushed> pushed = new CopyOnWriteArrayList<>();

	private final List<Upserted> upserted = new CopyOnWriteArrayList<>();

	@Override
	public void push(Customer customer) {
		this.pushed.add(new Pushed(customer.getId(), customer.getName(), Thread.currentThread().getName()));
	}

	@Override
	public void upsert(String deliveryId, Customer customer) {
		this.upserted.add(new Upserted(deliveryId, customer.getId(), customer.getName()));
	}

	List<Pushed> pushed() {
		return List.copyOf(this.pushed);
	}

	List<Upserted> upserted() {
		return List.copyOf(this.upserted);
	}

	record Pushed(Long customerId, String name, String thread) {
	}

	record Upserted(String deliveryId, Long customerId, String name) {
	}

}
