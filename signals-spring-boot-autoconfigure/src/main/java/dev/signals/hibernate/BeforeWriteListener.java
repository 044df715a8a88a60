package dev.signals.hibernate;

import org.hibernate.HibernateException;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Runs ahead of Hibernate's own listeners: announces {@code pre_save} and {@code pre_delete}
 * while the session can still be used.
 */
final class BeforeWriteListener
		implements PersistEventListener, DeleteEventListener, FlushEventListener, AutoFlushEventListener {

	private final ModelSignalBridge bridge;

	BeforeWriteListener(ModelSignalBridge bridge) {
		this.bridge = bridge;
	}

	@Override
	public void onPersist(PersistEvent event) throws HibernateException {
		this.bridge.beforePersist(event.getSession(), event.getEntityName(), event.getObject());
	}

	@Override
	public void onPersist(PersistEvent event, PersistContext context) throws HibernateException {
		onPersist(event);
	}

	@Override
	public void onDelete(DeleteEvent event) throws HibernateException {
		this.bridge.beforeDelete(event.getSession(), event.getObject(), true);
	}

	@Override
	public void onDelete(DeleteEvent event, DeleteContext context) throws HibernateException {
		// a cascaded or orphan removal: announced with the removal that caused it, if any
		this.bridge.beforeDelete(event.getSession(), event.getObject(), false);
	}

	@Override
	public void onFlush(FlushEvent event) throws HibernateException {
		this.bridge.beforeFlush(event.getSession());
		BulkOperationInspector.flushing(true);
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) throws HibernateException {
		this.bridge.beforeFlush(event.getSession());
		BulkOperationInspector.flushing(true);
	}

}
