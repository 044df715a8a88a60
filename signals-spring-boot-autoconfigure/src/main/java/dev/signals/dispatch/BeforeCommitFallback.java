package dev.signals.dispatch;

/**
 * Runs a {@code BEFORE_COMMIT} receiver of a model signal as the persistence context's own
 * transaction completes, where Spring's before-commit callback may already have passed.
 */
@FunctionalInterface
public interface BeforeCommitFallback {

	/**
	 * Run a call before the session's transaction commits.
	 * @param call the receiver's call
	 */
	void schedule(Runnable call);

}
