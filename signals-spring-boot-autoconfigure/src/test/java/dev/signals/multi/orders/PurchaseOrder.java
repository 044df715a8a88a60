package dev.signals.multi.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class PurchaseOrder {

	@Id
	@GeneratedValue
	private Long id;

	private String item;

	protected PurchaseOrder() {
	}

	public PurchaseOrder(String item) {
		this.item = item;
	}

	public String getItem() {
		return this.item;
	}

}
