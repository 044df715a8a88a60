package dev.signals.benchmarks.writes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * {@link Item} as a Spring Data aggregate root that registers a domain event on every write;
 * the repository publishes them on {@code saveAll} and {@code deleteAll}.
 */
@Entity
public class AggregateItem extends AbstractAggregateRoot<AggregateItem> implements Row {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aggregate_item_seq")
	@SequenceGenerator(name = "aggregate_item_seq", sequenceName = "aggregate_item_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String category;

	private int price;

	protected AggregateItem() {
	}

	public AggregateItem(String name, String category, int price) {
		this.name = name;
		this.category = category;
		this.price = price;
		registerEvent(new ItemWritten(this));
	}

	@Override
	public void rename(String name, int price) {
		this.name = name;
		this.price = price;
		registerEvent(new ItemWritten(this));
	}

	@Override
	public void removing() {
		registerEvent(new ItemWritten(this));
	}

	public Long getId() {
		return this.id;
	}

	/**
	 * The domain event.
	 */
	public record ItemWritten(AggregateItem item) {
	}

}
