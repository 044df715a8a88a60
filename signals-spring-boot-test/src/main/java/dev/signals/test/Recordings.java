package dev.signals.test;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

import dev.signals.Phase;

/**
 * Recorded sends selected by a query of {@link RecordedSignals}, as the list of their payloads
 * (the custom signals' payloads, the model signals' events), one per send, in the order they
 * were sent. The list is a snapshot, ready for AssertJ; each method narrows it further, so
 * queries compose:
 *
 * <pre class="code">
 * assertThat(recorded.ofType(NewSubscriber.class).inPhase(Phase.AFTER_COMMIT)).hasSize(1);
 * assertThat(recorded.named("pre_delete").from(Subscription.class)).hasSize(2);
 * assertThat(recorded.from(Job.class).names()).containsExactly("pre_save", "post_save");
 * </pre>
 *
 * {@link #signals()} gives the sends themselves, with their signal, sender and phases.
 *
 * @param <E> the type of the payloads
 * @since 0.2.0
 */
public final class Recordings<E> extends AbstractList<E> implements RandomAccess {

	private final List<RecordedSignal> signals;

	private final Class<E> type;

	Recordings(List<RecordedSignal> signals, Class<E> type) {
		this.signals = signals;
		this.type = type;
	}

	/**
	 * The sends of one signal.
	 * @param signal a custom signal's name or one of the {@link dev.signals.ModelSignals}
	 * @return the sends of that signal among these
	 */
	public Recordings<E> named(String signal) {
		return matching((recording) -> recording.signal().equals(signal));
	}

	/**
	 * The sends whose payload or event is of a type, such as {@code NewSubscriber.class} or
	 * {@code PostSave.class}.
	 * @param <T> the type
	 * @param type the payload or event class, subclasses included
	 * @return those sends among these, as a list of that type
	 */
	public <T> Recordings<T> ofType(Class<T> type) {
		return new Recordings<>(select((recording) -> type.isInstance(recording.payload())), type);
	}

	/**
	 * The sends of a sender.
	 * @param sender the sender class, subclasses included, as a receiver's sender filter
	 * @return those sends among these
	 */
	public Recordings<E> from(Class<?> sender) {
		return matching((recording) -> recording.sender() != null && sender.isAssignableFrom(recording.sender()));
	}

	/**
	 * The sends that have reached a phase: {@code inPhase(Phase.AFTER_COMMIT)} what was sent
	 * by a transaction that committed (or outside a transaction), {@code AFTER_ROLLBACK} what
	 * was rolled back. Every send has reached {@code IMMEDIATE}.
	 * @param phase the phase
	 * @return those sends among these
	 */
	public Recordings<E> inPhase(Phase phase) {
		return matching((recording) -> recording.reached(phase));
	}

	/**
	 * The sends that satisfy a condition.
	 * @param condition the condition on a send
	 * @return those sends among these
	 */
	public Recordings<E> matching(Predicate<? super RecordedSignal> condition) {
		return new Recordings<>(select(condition), this.type);
	}

	/**
	 * These sends themselves, with their signal, sender and phases.
	 * @return the sends, in the order they were sent
	 */
	public List<RecordedSignal> signals() {
		return this.signals;
	}

	/**
	 * The names of the signals sent.
	 * @return the names, one per send, in order
	 */
	public List<String> names() {
		return this.signals.stream().map(RecordedSignal::signal).toList();
	}

	@Override
	public E get(int index) {
		return this.type.cast(this.signals.get(index).payload());
	}

	@Override
	public int size() {
		return this.signals.size();
	}

	private List<RecordedSignal> select(Predicate<? super RecordedSignal> condition) {
		return this.signals.stream().filter(condition).toList();
	}

}
