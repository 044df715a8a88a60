package dev.signals.hibernate;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PostUpsertEvent;
import org.hibernate.event.spi.PostUpsertEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.PreUpsertEvent;
import org.hibernate.event.spi.PreUpsertEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

/**
 * Sees each row as Hibernate writes it. The session cannot be used here, so the
 * {@code post_*} events are only recorded, to be sent once the write has finished; the
 * {@code pre_*} events are sent here only for what nothing announced before, such as the
 * writes of a stateless session.
 */
final class RowWriteListener implements PreInsertEventListener, PostInsertEventListener, PreUpdateEventListener,
		PostUpdateEventListener, PreUpsertEventListener, PostUpsertEventListener, PreDeleteEventListener,
		PostDeleteEventListener {

	/**
	 * {@code AbstractEvent.getSession()} returns an {@code EventSource} up to Hibernate 7.2 and a
	 * {@code SharedSessionContractImplementor} from 7.3 on: bound once to whichever exists, so
	 * that one jar runs on both Spring Boot 4.0 and 4.1.
	 */
	private static final MethodHandle GET_SESSION = sessionAccessor();

	private final RowAnnouncer rows;

	private final PostSignals posts;

	RowWriteListener(RowAnnouncer rows, PostSignals posts) {
		this.rows = rows;
		this.posts = posts;
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		this.rows.beforeInsert(session(event), event.getEntity(), event.getPersister(), event.getState());
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		this.posts.afterInsert(session(event), event.getEntity(), event.getPersister());
	}

	@Override
	public boolean onPreUpdate(PreUpdateEvent event) {
		this.rows.beforeStatelessUpdate(session(event), event.getEntity(), event.getPersister(), event.getState());
		return false;
	}

	@Override
	public boolean onPreUpsert(PreUpsertEvent event) {
		this.rows.beforeStatelessUpdate(session(event), event.getEntity(), event.getPersister(), event.getState());
		return false;
	}

	@Override
	public void onPostUpsert(PostUpsertEvent event) {
		this.posts.afterUpdate(session(event), event.getEntity(), event.getPersister(), null, event.getState(),
				null);
	}

	@Override
	public boolean onPreDelete(PreDeleteEvent event) {
		this.rows.beforeStatelessDelete(session(event), event.getEntity(), event.getPersister());
		return false;
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		this.posts.afterUpdate(session(event), event.getEntity(), event.getPersister(), event.getOldState(),
				event.getState(), event.getDirtyProperties());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		this.posts.afterDelete(session(event), event.getEntity(), event.getPersister());
	}

	private static SharedSessionContractImplementor session(AbstractEvent event) {
		try {
			return (SharedSessionContractImplementor) GET_SESSION.invokeExact(event);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MethodHandle sessionAccessor() {
		Method method = ReflectionUtils.findMethod(AbstractEvent.class, "getSession");
		Assert.state(method != null, "No AbstractEvent.getSession() in this Hibernate version");
		try {
			return MethodHandles.publicLookup()
				.unreflect(method)
				.asType(MethodType.methodType(SharedSessionContractImplementor.class, AbstractEvent.class));
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

}
