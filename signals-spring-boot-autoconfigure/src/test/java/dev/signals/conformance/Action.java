package dev.signals.conformance;

/**
 * What a receiver does in a cell of the matrix.
 */
enum Action {

	/** Only records the event. */
	NOTHING,

	/** Asks its repository whether the entity's row exists. */
	QUERY,

	/** Saves another entity through a repository. */
	WRITE,

	/** Changes an attribute of the instance, for {@code pre_save} to write. */
	CHANGE,

	/** Throws. */
	THROW

}
