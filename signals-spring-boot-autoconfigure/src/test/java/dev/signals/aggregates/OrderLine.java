package dev.signals.aggregates;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "ag_order_lines")
public class OrderLine {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private ShopOrder order;

	private long amount;

	protected OrderLine() {
	}

	OrderLine(ShopOrder order, long amount) {
		this.order = order;
		this.amount = amount;
	}

	public Long getId() {
		return this.id;
	}

	public ShopOrder getOrder() {
		return this.order;
	}

	public long getAmount() {
		return this.amount;
	}

}
