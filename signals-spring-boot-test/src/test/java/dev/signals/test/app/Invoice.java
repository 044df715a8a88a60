package dev.signals.test.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ts_invoices")
public class Invoice {

	@Id
	@GeneratedValue
	private Long id;

	private String customer;

	protected Invoice() {
	}

	public Invoice(String customer) {
		this.customer = customer;
	}

	public Long getId() {
		return this.id;
	}

	public String getCustomer() {
		return this.customer;
	}

}
