package dev.signals.benchmarks;

/**
 * The trivial work every receiver, listener and callback of the benchmarks does: count the call.
 * A static field, so that JPA entity listeners (instantiated by Hibernate) do exactly what
 * Spring beans do. Benchmarks run one thread per fork.
 */
public final class Calls {

	private static long count;

	private Calls() {
	}

	public static void hit() {
		count++;
	}

	public static long count() {
		return count;
	}

	public static void reset() {
		count = 0;
	}

}
