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

	/**
	 * How many calls reached the receiver, the failed ones included.
	 * @return the count since the receiver was connected
	 */
	public long calls() {
		return this.calls.sum();
	}

	/**
	 * How many calls failed, in the receiver or in an interceptor around it.
	 * @return the count since the receiver was connected
	 */
	public long failures() {
		return this.failures.sum();
	}

	/**
	 * The latest failure, so that the actuator endpoint can show why a receiver fails.
	 * @return the failure, {@code null} if no call failed
	 */
	public @Nullable Failure lastFailure() {
		return this.lastFailure;
	}

	/**
	 * When and how a receiver last failed.
	 *
	 * @param time when the call failed
	 * @param exception the class name of the exception
	 * @param message the exception's message, {@code "null"} if it had none
	 */
	public record Failure(Instant time, String exception, String message) {
	}

}
