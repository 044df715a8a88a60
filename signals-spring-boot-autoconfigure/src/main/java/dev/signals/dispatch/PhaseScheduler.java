package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * Takes the calls of receivers that do not run at once, to run them at their phase of the
 * current transaction; implemented by the transaction phases, so that the dispatcher does not
 * depend on them.
 */
public interface PhaseScheduler {

	/**
	 * @param fallback for model signals: runs a {@code BEFORE_COMMIT} call from the session's
	 * own transaction completion
	 * @param robust whether a receiver that runs at once, outside a transaction, is isolated
	 * like the other receivers of {@code sendRobust}
	 */
	void schedule(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload,
			@Nullable BeforeCommitFallback fallback, boolean robust);

}
