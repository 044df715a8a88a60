package dev.signals.benchmarks.writes;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The Spring Data repositories of the three entity classes.
 */
public final class Repositories {

	private Repositories() {
	}

	public interface ItemRepository extends JpaRepository<Item, Long> {
	}

	public interface ListenedItemRepository extends JpaRepository<ListenedItem, Long> {
	}

	public interface AggregateItemRepository extends JpaRepository<AggregateItem, Long> {
	}

}
