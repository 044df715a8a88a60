package dev.signals.autoconfigure;

/**
 * Flushes the persistence contexts of the current transaction before its before-commit
 * receivers run; provided when JPA is in use.
 */
@FunctionalInterface
interface BeforeCommitFlush {

	void flush();

}
