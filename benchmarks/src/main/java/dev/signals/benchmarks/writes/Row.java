package dev.signals.benchmarks.writes;

/**
 * What the write benchmarks do to an entity, whichever of the three entity classes it is.
 */
public interface Row {

	/** An update: changes two attributes. */
	void rename(String name, int price);

	/** Called just before the entity is removed. */
	default void removing() {
	}

}
