package dev.signals.hibernate;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Sees each row as Hibernate writes it. The session cannot be used here, so the
 * {@code post_*} events are only recorded, to be sent once the write has finished.
 */
final class RowWriteListener
		implements PreInsertEventListener, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private final ModelSignalBridge bridge;

	RowWriteListener(ModelSignalBridge bridge) {
		this.bridge = bridge;
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		this.bridge.beforeInsert(event.getSession(), event.getEntity(), event.getPersister(), event.getState());
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		this.bridge.afterInsert(event.getSession(), event.getEntity(), event.getPersister());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		this.bridge.afterUpdate(event.getSession(), event.getEntity(), event.getPersister(), event.getOldState(),
				event.getState(), event.getDirtyProperties());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		this.bridge.afterDelete(event.getSession(), event.getEntity(), event.getPersister());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

}
