package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * Takes the calls of receivers that do not run at once, to run them at their phase of the
 * current transaction; implemented by the transaction phases, so that the dispatcher does not
 * depend on them.
 */
public interface PhaseScheduler {

	/**
	 * Run a receiver's call at its phase of the current transaction, or at once outside one.
	 * @param receiver a receiver whose phase is not {@code IMMEDIATE}
	 * @param sender the class that sent the signal, {@code null} for a signal sent without one
	 * @param payload the custom signal's payload or the model event
	 * @param fallback for model signals: runs a {@code BEFORE_COMMIT} call from the session's
	 * own transaction completion
	 * @param robust whether a receiver that runs at once, outside a transaction, is isolated
	 * like the other receivers of {@code sendRobust}
	 */
	void schedule(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload,
			@Nullable BeforeCommitFallback fallback, boolean robust);

}
