package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

import dev.signals.ModelEvent;

/**
 * What the Hibernate bridge needs of the dispatcher: who listens to a model signal, and
 * dispatching an event to them. Asking is allocation-free, so that writes of entities nobody
 * listens to cost a lookup.
 */
public interface ModelDispatch {

	/**
	 * The receivers of a model signal for an entity class in call order; empty while nobody
	 * listens to it or dispatch is muted on this thread.
	 * @param signal the model signal the write sends
	 * @param entityClass the class of the written entity
	 * @return the receivers, an empty array for none
	 */
	ConnectedReceiver[] receivers(ModelSignal signal, Class<?> entityClass);

	/**
	 * Whether any receiver listens to a model signal for any entity, dispatch not muted on
	 * this thread.
	 * @param signal the model signal
	 * @return whether the bridge has to build events of this signal at all
	 */
	boolean listens(ModelSignal signal);

	/**
	 * Whether any receiver listens to any model signal.
	 * @return whether the bridge needs Hibernate's per-row events
	 */
	boolean hasModelReceivers();

	/**
	 * Dispatch an event to receivers looked up with {@link #receivers}.
	 * @param receivers the receivers of the event's signal and entity class
	 * @param event the event they receive
	 * @param beforeCommit runs {@code BEFORE_COMMIT} receivers from the session's own
	 * transaction completion, {@code null} outside a session
	 */
	void dispatch(ConnectedReceiver[] receivers, ModelEvent<?> event, @Nullable BeforeCommitFallback beforeCommit);

	/**
	 * Be told after receivers were connected or disconnected, so that the bridge joins
	 * Hibernate's row events only once a model receiver exists.
	 * @param listener runs after each change, on the thread that made it
	 */
	void onReceiversChanged(Runnable listener);

}
