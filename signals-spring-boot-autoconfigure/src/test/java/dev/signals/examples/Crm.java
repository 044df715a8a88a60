package dev.signals.examples;

/**
 * The customer relationship management system the examples keep in step with the customers.
 */
public interface Crm {

	void push(Customer customer);

	void upsert(String deliveryId, Customer customer);

}
