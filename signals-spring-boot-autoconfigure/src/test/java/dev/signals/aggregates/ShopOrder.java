package dev.signals.aggregates;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "ag_orders")
public class ShopOrder {

	@Id
	@GeneratedValue
	private Long id;

	private String customer;

	private long total;

	@OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<OrderLine> lines = new ArrayList<>();

	protected ShopOrder() {
	}

	public ShopOrder(String customer) {
		this.customer = customer;
	}

	public OrderLine addLine(long amount) {
		OrderLine line = new OrderLine(this, amount);
		this.lines.add(line);
		return line;
	}

	public Long getId() {
		return this.id;
	}

	public String getCustomer() {
		return this.customer;
	}

	public long getTotal() {
		return this.total;
	}

	public void setTotal(long total) {
		this.total = total;
	}

	public List<OrderLine> getLines() {
		return this.lines;
	}

}
