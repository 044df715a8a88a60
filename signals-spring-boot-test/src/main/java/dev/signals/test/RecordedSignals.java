package dev.signals.test;

import java.time.Duration;
import java.util.List;

import dev.signals.Phase;

/**
 * The signals sent in the application context of a test class annotated with
 * {@link RecordSignals}, model and custom, in the order they were sent; cleared before each
 * test method.
 * <p>
 * Every query answers with one entry per send, whatever phases the send reaches: a custom
 * signal sent once in a transaction is one entry, not one per phase its receivers run in, so
 * the obvious assertion holds:
 *
 * <pre class="code">
 * subscriptions.subscribe(job.getId(), "ada@example.com");
 * assertThat(recorded.ofType(NewSubscriber.class)).singleElement()
 *     .extracting((event) -&gt; event.subscriber().getEmail()).isEqualTo("ada@example.com");
 * </pre>
 *
 * Each entry tells the phases it has reached ({@link RecordedSignal#phases()}), and
 * {@link Recordings#inPhase(Phase)} selects by phase: {@code inPhase(Phase.AFTER_COMMIT)} is
 * what was committed, {@code inPhase(Phase.AFTER_ROLLBACK)} what was rolled back. The queries
 * answer {@link Recordings}, which narrow further by signal, type, sender and phase in any
 * order.
 * <p>
 * Receivers that run on other threads ({@code async}) or later ({@code durable}, retried) may
 * still be at work when the code under test returns. {@link #awaitReceivers()} waits for them,
 * and the negative assertions ({@link #assertNotSent(String)}) wait before they look, since
 * such a receiver may itself send the signal that must not be sent.
 *
 * @since 0.1.0
 */
public final class RecordedSignals {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	private final SignalLog log;

	private final ReceiverWork work;

	RecordedSignals(SignalLog log, ReceiverWork work) {
		this.log = log;
		this.work = work;
	}

	/**
	 * All sends recorded so far.
	 * @return the sends, as their payloads and events, in the order they were sent
	 * @since 0.1.0
	 */
	public Recordings<Object> all() {
		return new Recordings<>(this.log.sends(), Object.class);
	}

	/**
	 * The sends of one signal.
	 * @param signal a custom signal's name or one of the {@link dev.signals.ModelSignals}
	 * @return its sends, in order
	 * @since 0.1.0
	 */
	public Recordings<Object> named(String signal) {
		return all().named(signal);
	}

	/**
	 * The payloads and events of a type, such as {@code NewSubscriber.class} or
	 * {@code PostSave.class}, one per send.
	 * @param <E> the type
	 * @param type the payload or event class, subclasses included
	 * @return the payloads and events, in order
	 * @since 0.1.0
	 */
	public <E> Recordings<E> ofType(Class<E> type) {
		return all().ofType(type);
	}

	/**
	 * The sends of a sender.
	 * @param sender the sender class, subclasses included, as a receiver's sender filter
	 * @return the sends, in order
	 * @since 0.1.0
	 */
	public Recordings<Object> from(Class<?> sender) {
		return all().from(sender);
	}

	/**
	 * The sends that have reached a phase.
	 * @param phase the phase
	 * @return the sends, in order
	 * @since 0.1.0
	 * @see Recordings#inPhase(Phase)
	 */
	public Recordings<Object> inPhase(Phase phase) {
		return all().inPhase(phase);
	}

	/**
	 * The names of all recorded signals.
	 * @return the names, one per send, in order
	 * @since 0.1.0
	 */
	public List<String> names() {
		return all().names();
	}

	/**
	 * Wait, for at most 10 seconds, until the receivers of what was sent have run, then
	 * answer all sends.
	 * @return the sends recorded once the receivers have run
	 * @throws AssertionError if receivers are still at work after 10 seconds
	 * @throws IllegalStateException if called inside a transaction
	 * @since 0.2.0
	 * @see #awaitReceivers(Duration)
	 */
	public Recordings<Object> awaitReceivers() {
		return awaitReceivers(DEFAULT_TIMEOUT);
	}

	/**
	 * Wait until the receivers of what was sent have run, then answer all sends: until no
	 * {@code async} receiver call is queued or running and no durable delivery recorded since
	 * the recordings were cleared is pending (each is completed, or dead after its last
	 * attempt). Receivers that those receivers reach by sending signals themselves are waited
	 * for too. Call it on the thread that sent, once its transactions have ended: inside a
	 * transaction the {@code AFTER_COMMIT} receivers have not been called yet.
	 * @param timeout how long to wait at most
	 * @return the sends recorded once the receivers have run
	 * @throws AssertionError if receivers are still at work once the timeout has passed,
	 * naming the pending deliveries and their last errors
	 * @throws IllegalStateException if called inside a transaction
	 * @since 0.2.0
	 */
	public Recordings<Object> awaitReceivers(Duration timeout) {
		this.work.awaitDone(this.log.clearedAt(), timeout);
		return all();
	}

	/**
	 * Assert that a signal was not sent, once the receivers have run
	 * ({@link #awaitReceivers()}).
	 * @param signal a custom signal's name or one of the {@link dev.signals.ModelSignals}
	 * @throws AssertionError if it was sent, or the receivers were still at work after 10
	 * seconds
	 * @since 0.2.0
	 */
	public void assertNotSent(String signal) {
		assertNone(awaitReceivers().named(signal), "'" + signal + "'");
	}

	/**
	 * Assert that a signal was not sent by a sender, once the receivers have run
	 * ({@link #awaitReceivers()}): {@code assertNotSent("post_delete", Job.class)}.
	 * @param signal a custom signal's name or one of the {@link dev.signals.ModelSignals}
	 * @param sender the sender class, subclasses included
	 * @throws AssertionError if it was sent, or the receivers were still at work after 10
	 * seconds
	 * @since 0.2.0
	 */
	public void assertNotSent(String signal, Class<?> sender) {
		assertNone(awaitReceivers().named(signal).from(sender), "'" + signal + "' from " + sender.getName());
	}

	private static void assertNone(Recordings<?> sent, String what) {
		if (!sent.isEmpty()) {
			throw new AssertionError("Expected no " + what + " to be sent, but it was sent " + sent.size()
					+ ((sent.size() == 1) ? " time: " : " times: ") + sent.signals());
		}
	}

	/**
	 * Forget all recordings; done before each test method.
	 * @since 0.1.0
	 */
	public void clear() {
		this.log.clear();
	}

	SignalLog log() {
		return this.log;
	}

	@Override
	public String toString() {
		return "RecordedSignals " + this.log.sends();
	}

}
