package dev.signals.hibernate;

import org.hibernate.HibernateException;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Runs ahead of Hibernate's own listeners: announces {@code pre_save} and {@code pre_delete}
 * of everything a top-level operation or a flush will write, while the session can still be
 * used. The calls for cascaded operations only catch what the announcement could not see.
 */
final class BeforeWriteListener implements PersistEventListener, MergeEventListener, DeleteEventListener,
		FlushEventListener, AutoFlushEventListener {

	private final PersistAnnouncer persists;

	private final MergeAnnouncer merges;

	private final RemovalAnnouncer removals;

	private final FlushAnnouncer flushes;

	BeforeWriteListener(PersistAnnouncer persists, MergeAnnouncer merges, RemovalAnnouncer removals,
			FlushAnnouncer flushes) {
		this.persists = persists;
		this.merges = merges;
		this.removals = removals;
		this.flushes = flushes;
	}

	@Override
	public void onPersist(PersistEvent event) throws HibernateException {
		this.persists.beforePersist(event.getSession(), event.getEntityName(), event.getObject());
	}

	@Override
	public void onPersist(PersistEvent event, PersistContext context) throws HibernateException {
		this.persists.beforeCascadedPersist(event.getSession(), event.getEntityName(), event.getObject());
	}

	@Override
	public void onMerge(MergeEvent event) throws HibernateException {
		this.merges.beforeMerge(event.getSession(), event.getEntityName(), event.getOriginal());
	}

	@Override
	public void onMerge(MergeEvent event, MergeContext context) throws HibernateException {
		this.merges.cascadingMerge(event.getSession(), context);
	}

	@Override
	public void onDelete(DeleteEvent event) throws HibernateException {
		this.removals.beforeDelete(event.getSession(), event.getObject());
	}

	@Override
	public void onDelete(DeleteEvent event, DeleteContext context) throws HibernateException {
		this.removals.beforeCascadedDelete(event.getSession(), event.getObject());
	}

	@Override
	public void onFlush(FlushEvent event) throws HibernateException {
		this.flushes.beforeFlush(event.getSession(), false);
		BulkOperationInspector.flushing(true);
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) throws HibernateException {
		this.flushes.beforeFlush(event.getSession(), true);
		BulkOperationInspector.flushing(true);
	}

}
