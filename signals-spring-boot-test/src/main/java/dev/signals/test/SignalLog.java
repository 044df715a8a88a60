package dev.signals.test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.signals.Phase;

/**
 * The sends recorded in one application context since it was last cleared, each with the
 * phases it has reached.
 */
final class SignalLog {

	private final Object monitor = new Object();

	private final List<Send> sends = new ArrayList<>();

	/**
	 * The dispatcher hands the same payload object to every phase of a send, so a later phase
	 * is matched to its send by identity. A payload sent more than once goes to the latest of
	 * its sends (of that signal and sender) that has not gone past the phase yet: a send
	 * reaches its phases in their order, and a transaction inside another ends first.
	 */
	private final Map<Object, List<Send>> byPayload = new IdentityHashMap<>();

	private long sequence;

	private Instant clearedAt = now();

	void observe(String signal, @Nullable Class<?> sender, Object payload, Phase phase) {
		synchronized (this.monitor) {
			if (phase == Phase.IMMEDIATE) {
				Send send = new Send(this.sequence++, Instant.now(), signal, sender, payload);
				this.sends.add(send);
				this.byPayload.computeIfAbsent(payload, (key) -> new ArrayList<>()).add(send);
				return;
			}
			List<Send> candidates = this.byPayload.getOrDefault(payload, List.of());
			for (int i = candidates.size() - 1; i >= 0; i--) {
				Send send = candidates.get(i);
				if (send.signal.equals(signal) && Objects.equals(send.sender, sender) && send.last.compareTo(phase) < 0) {
					send.reached(phase);
					return;
				}
			}
			// a later phase of a send made before the log was cleared: not this test's
		}
	}

	List<RecordedSignal> sends() {
		synchronized (this.monitor) {
			return this.sends.stream().map(Send::recording).toList();
		}
	}

	/**
	 * When the log was last cleared, to the millisecond, as durable deliveries store their
	 * creation.
	 */
	Instant clearedAt() {
		synchronized (this.monitor) {
			return this.clearedAt;
		}
	}

	void clear() {
		synchronized (this.monitor) {
			this.sends.clear();
			this.byPayload.clear();
			this.clearedAt = now();
		}
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private static final class Send {

		private final long sequence;

		private final Instant time;

		private final String signal;

		private final @Nullable Class<?> sender;

		private final Object payload;

		private final Set<Phase> phases = EnumSet.of(Phase.IMMEDIATE);

		private Phase last = Phase.IMMEDIATE;

		Send(long sequence, Instant time, String signal, @Nullable Class<?> sender, Object payload) {
			this.sequence = sequence;
			this.time = time;
			this.signal = signal;
			this.sender = sender;
			this.payload = payload;
		}

		void reached(Phase phase) {
			this.phases.add(phase);
			this.last = phase;
		}

		RecordedSignal recording() {
			return new RecordedSignal(this.sequence, this.time, this.signal, this.sender, this.payload, this.phases);
		}

	}

}
