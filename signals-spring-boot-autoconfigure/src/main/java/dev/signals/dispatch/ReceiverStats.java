package dev.signals.dispatch;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * Live counts of one connected receiver, for the actuator endpoint.
 */
public final class ReceiverStats {

	private final LongAdder calls = new LongAdder();

	private final LongAdder failures = new LongAdder();

	private volatile @Nullable Failure lastFailure;

	void called() {
		this.calls.increment();
	}

	void failed(Throwable failure) {
		this.failures.increment();
		this.lastFailure = new Failure(Instant.now(), failure.getClass().getName(), String.valueOf(failure.getMessage()));
	}

	public long calls() {
		return this.calls.sum();
	}

	public long failures() {
		return this.failures.sum();
	}

	public @Nullable Failure lastFailure() {
		return this.lastFailure;
	}

	/**
	 * When and how a receiver last failed.
	 */
	public record Failure(Instant time, String exception, String message) {
	}

}
