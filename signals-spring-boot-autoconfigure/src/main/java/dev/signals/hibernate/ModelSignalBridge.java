package dev.signals.hibernate;

import dev.signals.dispatch.ModelDispatch;

/**
 * Decides, for one session factory, when each model signal is sent, by wiring together the
 * classes that own each part of that decision.
 * <p>
 * Hibernate forbids using the session while it cascades or a flush executes its actions, yet
 * receivers query and write in every signal. So the {@code pre_*} signals of everything an
 * operation will write are sent before Hibernate starts it, found by walking its cascades
 * ({@link CascadeGraph}): ahead of a top-level persist ({@link PersistAnnouncer}), merge
 * ({@link MergeAnnouncer}) or removal ({@link RemovalAnnouncer}), and in a pass before each
 * flush ({@link FlushAnnouncer}, the shape of SQLAlchemy's {@code before_flush}) for the
 * updates, the inserts its cascade will make and the orphans it will delete. Writes nothing
 * announced, such as a stateless session's, get their {@code pre_*} signals as the row is
 * written ({@link RowAnnouncer}). The {@code post_*} events recorded while Hibernate writes
 * are sent once it has finished, after which what their receivers wrote is flushed in a
 * further round ({@link PostSignals}). Every dispatch from within a session keeps auto-flush
 * off where a flush would catch Hibernate's work half-done ({@link SessionDispatch}); what the
 * bridge remembers between Hibernate's events is in {@link SessionState}.
 */
final class ModelSignalBridge {

	/**
	 * How many rounds receivers may keep adding to what Hibernate is about to write, or keep
	 * writing after it has, before the bridge stops.
	 */
	static final int MAX_ROUNDS = 100;

	final PersistAnnouncer persists;

	final MergeAnnouncer merges;

	final RemovalAnnouncer removals;

	final FlushAnnouncer flushes;

	final RowAnnouncer rows;

	final PostSignals posts;

	final SessionDispatch sessionDispatch;

	ModelSignalBridge(ModelDispatch dispatch, String persistenceUnit) {
		ModelEvents events = new ModelEvents(persistenceUnit);
		this.sessionDispatch = new SessionDispatch(dispatch);
		this.persists = new PersistAnnouncer(dispatch, this.sessionDispatch, events);
		this.merges = new MergeAnnouncer(dispatch, this.sessionDispatch, events);
		this.removals = new RemovalAnnouncer(dispatch, this.sessionDispatch, events);
		this.flushes = new FlushAnnouncer(dispatch, this.sessionDispatch, events, this.persists, this.removals);
		this.rows = new RowAnnouncer(dispatch, this.sessionDispatch, events);
		this.posts = new PostSignals(dispatch, events);
	}

}
