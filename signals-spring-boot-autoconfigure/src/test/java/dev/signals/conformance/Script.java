package dev.signals.conformance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.stereotype.Component;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.PreSave;

/**
 * What the receivers of the current cell do, and what they saw.
 */
@Component
class Script {

	private final ApplicationContext context;

	private final EntityManagerFactory entityManagerFactory;

	private @Nullable Repositories repositories;

	private volatile @Nullable Cell cell;

	final List<Seen> immediate = new CopyOnWriteArrayList<>();

	final List<Seen> afterCommit = new CopyOnWriteArrayList<>();

	final List<Seen> witnessed = new CopyOnWriteArrayList<>();

	final List<Boolean> queried = new CopyOnWriteArrayList<>();

	volatile @Nullable ReceiverFailure thrown;

	/** What the {@code post_save} receiver of a {@link Trigger} saves. */
	volatile @Nullable Node pendingWrite;

	Script(ApplicationContext context, EntityManagerFactory entityManagerFactory) {
		this.context = context;
		this.entityManagerFactory = entityManagerFactory;
	}

	void arm(Cell cell) {
		this.immediate.clear();
		this.afterCommit.clear();
		this.witnessed.clear();
		this.queried.clear();
		this.thrown = null;
		this.pendingWrite = null;
		this.cell = cell;
	}

	void disarm() {
		this.cell = null;
	}

	void on(ModelEvent<?> event, Phase phase) {
		(phase == Phase.IMMEDIATE ? this.immediate : this.afterCommit).add(Seen.of(event));
		Cell cell = this.cell;
		if (cell == null || cell.phase() != phase || !cell.signal().equals(event.signal())
				|| !cell.mapping().type().isInstance(event.instance())) {
			return;
		}
		switch (cell.action()) {
			case NOTHING -> {
			}
			case QUERY -> {
				Object id = this.entityManagerFactory.getPersistenceUnitUtil().getIdentifier(event.instance());
				if (id != null) {
					this.queried.add(repository(cell.mapping().type()).existsById(id));
				}
			}
			case WRITE -> repository(Audit.class).save(new Audit(event.signal()));
			case CHANGE -> ((Node) event.instance()).setNote("changed");
			case THROW -> {
				ReceiverFailure failure = new ReceiverFailure("receiver of " + event.signal() + " failed");
				this.thrown = failure;
				throw failure;
			}
		}
	}

	void witness(ModelEvent<?> event) {
		this.witnessed.add(Seen.of(event));
	}

	@SuppressWarnings("unchecked")
	<T> CrudRepository<T, Object> repository(Class<T> type) {
		if (this.repositories == null) {
			this.repositories = new Repositories(this.context);
		}
		return (CrudRepository<T, Object>) this.repositories.getRepositoryFor(type)
			.orElseThrow(() -> new IllegalStateException("No repository for " + type));
	}

	/**
	 * An event as a receiver saw it, while it ran.
	 */
	record Seen(String signal, Class<?> sender, Object instance, String persistenceUnit, @Nullable Boolean created,
			Map<String, Change> changes, boolean initialized) {

		static Seen of(ModelEvent<?> event) {
			Boolean created = null;
			Map<String, Change> changes = Map.of();
			if (event instanceof PreSave<?> preSave) {
				created = preSave.created();
				changes = preSave.changes();
			}
			else if (event instanceof PostSave<?> postSave) {
				created = postSave.created();
				changes = postSave.changes();
			}
			Object instance = event.instance();
			return new Seen(event.signal(), event.sender(), instance, event.persistenceUnit(), created, changes,
					!(instance instanceof HibernateProxy) && Hibernate.isInitialized(instance));
		}

	}

}
