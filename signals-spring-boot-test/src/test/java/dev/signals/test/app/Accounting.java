package dev.signals.test.app;

/**
 * A sender of {@code invoice_paid} that is not an entity.
 */
public final class Accounting {

	private Accounting() {
	}

}
