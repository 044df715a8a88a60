package dev.signals.benchmarks.durable;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The trivial work of every durable receiver and listener: count the call. Atomic, unlike
 * {@link dev.signals.benchmarks.Calls}, because the async variants run it on the task
 * executor's threads while the benchmark thread waits for it.
 */
public final class Delivered {

	private static final AtomicLong count = new AtomicLong();

	private Delivered() {
	}

	public static void hit() {
		count.incrementAndGet();
	}

	public static long count() {
		return count.get();
	}

	public static void reset() {
		count.set(0);
	}

}
