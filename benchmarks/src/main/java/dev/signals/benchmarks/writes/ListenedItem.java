package dev.signals.benchmarks.writes;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * {@link Item} with a JPA entity listener.
 */
@Entity
@EntityListeners(ItemEntityListener.class)
public class ListenedItem implements Row {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listened_item_seq")
	@SequenceGenerator(name = "listened_item_seq", sequenceName = "listened_item_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String category;

	private int price;

	protected ListenedItem() {
	}

	public ListenedItem(String name, String category, int price) {
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

}
