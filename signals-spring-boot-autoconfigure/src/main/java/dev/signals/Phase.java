package dev.signals;

/**
 * When a receiver runs relative to the transaction that sent the signal.
 * <p>
 * Outside a transaction, {@link #BEFORE_COMMIT}, {@link #AFTER_COMMIT} and
 * {@link #AFTER_COMPLETION} receivers run at once (like Django's {@code on_commit}
 * outside {@code atomic}) and {@link #AFTER_ROLLBACK} receivers never run.
 *
 * @since 0.1.0
 */
public enum Phase {

	/**
	 * At the moment the signal is sent, on the sending thread; an exception reaches the sender.
	 */
	IMMEDIATE,

	/**
	 * Just before the transaction commits, after every pending entity write has been flushed;
	 * an exception rolls the transaction back and reaches the caller.
	 */
	BEFORE_COMMIT,

	/**
	 * Once the transaction has committed; an exception is logged and isolated.
	 */
	AFTER_COMMIT,

	/**
	 * Once the transaction has rolled back; an exception is logged and isolated.
	 */
	AFTER_ROLLBACK,

	/**
	 * Once the transaction has ended either way; an exception is logged and isolated.
	 */
	AFTER_COMPLETION

}
