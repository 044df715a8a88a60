package dev.signals.benchmarks.writes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * The entity of plain Hibernate and of the starter's variants.
 */
@Entity
public class Item implements Row {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
	@SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String category;

	private int price;

	protected Item() {
	}

	public Item(String name, String category, int price) {
		this.name = name;
		this.category = category;
		this.price = price;
	}

	@Override
	public void rename(String name, int price) {
		this.name = name;
		this.price = price;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
