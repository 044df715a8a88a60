package dev.signals.hibernate;

import org.hibernate.HibernateException;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Runs after Hibernate's own listeners: sends the {@code post_*} events recorded while a
 * top-level operation or a flush wrote rows. Cascaded operations are left to their top-level
 * one.
 */
final class AfterWriteListener
		implements PersistEventListener, MergeEventListener, FlushEventListener, AutoFlushEventListener {

	private final MergeAnnouncer merges;

	private final PostSignals posts;

	private final SessionDispatch sessionDispatch;

	AfterWriteListener(MergeAnnouncer merges, PostSignals posts, SessionDispatch sessionDispatch) {
		this.merges = merges;
		this.posts = posts;
		this.sessionDispatch = sessionDispatch;
	}

	@Override
	public void onPersist(PersistEvent event) throws HibernateException {
		this.posts.afterOperation(event.getSession());
	}

	@Override
	public void onPersist(PersistEvent event, PersistContext context) throws HibernateException {
	}

	@Override
	public void onMerge(MergeEvent event) throws HibernateException {
		this.merges.afterMerge(event.getSession(), event.getOriginal(), event.getResult(), true);
		this.posts.afterOperation(event.getSession());
	}

	@Override
	public void onMerge(MergeEvent event, MergeContext context) throws HibernateException {
		this.merges.afterMerge(event.getSession(), event.getOriginal(), event.getResult(), false);
	}

	@Override
	public void onFlush(FlushEvent event) throws HibernateException {
		BulkOperationInspector.flushing(false);
		this.posts.afterFlush(event.getSession(), true);
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) throws HibernateException {
		this.sessionDispatch.afterAutoFlush(event.getSession());
		BulkOperationInspector.flushing(false);
		this.posts.afterFlush(event.getSession(), false);
	}

}
