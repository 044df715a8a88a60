package dev.signals.conformance;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Signals;
import dev.signals.conformance.Repositories.HolderRepository;

/**
 * Prepares each cell's rows with signals muted, and runs its write the way the path says:
 * inside a transaction of the cell's flush mode, or through a repository's own.
 */
@Component
class Fixture {

	private static final List<String> TABLES = List.of("cf_tagged_tags", "cf_labelled_labels", "cf_plain",
			"cf_proxied", "cf_sequence", "cf_assigned", "cf_versioned", "cf_embedded", "cf_tagged", "cf_labelled",
			"cf_shared_id", "cf_id_class", "cf_embedded_id", "cf_single_table", "cf_joined_child", "cf_joined",
			"cf_table_per_class_child", "cf_table_per_class", "cf_dynamic", "cf_immutable", "cf_soft_deleted",
			"cf_holders", "cf_anchors", "cf_labels", "cf_audits", "cf_triggers");

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Signals signals;

	private final Script script;

	private final HolderRepository holders;

	private int sequence;

	Fixture(TransactionTemplate transaction, EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			DataSource dataSource, JdbcTemplate jdbc, Signals signals, Script script, HolderRepository holders) {
		this.transaction = transaction;
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.signals = signals;
		this.script = script;
		this.holders = holders;
	}

	/**
	 * Empty every table and write the rows the cell starts from: a holder, and for updates
	 * and deletes the entities under test as its children.
	 */
	Seeded seed(Cell cell) {
		return this.signals.muted(() -> {
			TABLES.forEach((table) -> this.jdbc.update("delete from " + table));
			int count = cell.path().entities();
			Class<? extends Node> type = cell.mapping().type();
			Long holderId = this.transaction.execute((status) -> {
				Holder holder = new Holder("holder");
				if (cell.path().kind() != WritePath.Kind.INSERT) {
					for (int i = 0; i < count; i++) {
						holder.add(cell.mapping().create(this, ++this.sequence));
					}
				}
				this.entityManager.persist(holder);
				return holder.getId();
			});
			Holder holder = this.transaction.execute((status) -> {
				Holder loaded = this.holders.findById(holderId).orElseThrow();
				Hibernate.initialize(loaded.nodes(type));
				return loaded;
			});
			List<Node> fresh = new ArrayList<>();
			if (cell.path().kind() == WritePath.Kind.INSERT) {
				for (int i = 0; i < count; i++) {
					fresh.add(cell.mapping().create(this, ++this.sequence));
				}
			}
			return new Seeded(holder, List.copyOf(holder.nodes(type)), fresh);
		});
	}

	void inTransaction(Cell cell, Runnable work) {
		this.transaction.executeWithoutResult((status) -> {
			this.entityManager.unwrap(Session.class).setHibernateFlushMode(cell.flushMode());
			work.run();
		});
	}

	/**
	 * A repository call as users make it, in the repository's own transaction; in a
	 * transaction of the cell's flush mode where that is not the default.
	 */
	void write(Cell cell, Runnable work) {
		if (cell.flushMode() == org.hibernate.FlushMode.AUTO) {
			work.run();
		}
		else {
			inTransaction(cell, work);
		}
	}

	/**
	 * A stateless session on the connection of a transaction of the cell's flush mode.
	 */
	void stateless(Cell cell, Consumer<StatelessSession> work) {
		inTransaction(cell, () -> {
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try (StatelessSession session = this.entityManagerFactory.unwrap(SessionFactory.class)
				.openStatelessSession(connection)) {
				work.accept(session);
			}
		});
	}

	Node load(Cell cell, Node existing) {
		Object id = id(existing);
		return (cell.mapping() == Mapping.LAZY_PROXY) ? jpaRepository(cell).getReferenceById(id)
				: jpaRepository(cell).findById(id).orElseThrow();
	}

	Object id(Object entity) {
		return this.entityManagerFactory.getPersistenceUnitUtil().getIdentifier(entity);
	}

	@SuppressWarnings("unchecked")
	<T extends Node> CrudRepository<T, Object> repository(Cell cell) {
		return (CrudRepository<T, Object>) this.script.repository(cell.mapping().type());
	}

	@SuppressWarnings("unchecked")
	<T extends Node> JpaRepository<T, Object> jpaRepository(Cell cell) {
		return (JpaRepository<T, Object>) (Object) this.script.repository(cell.mapping().type());
	}

	Label label() {
		return this.signals.muted(() -> this.script.repository(Label.class).save(new Label("label")));
	}

	Anchor anchor() {
		return this.signals.muted(() -> this.script.repository(Anchor.class).save(new Anchor("anchor")));
	}

	EntityManager entityManager() {
		return this.entityManager;
	}

	HolderRepository holders() {
		return this.holders;
	}

	Script script() {
		return this.script;
	}

	/**
	 * The committed, detached rows a cell starts from, and the new entities it writes.
	 */
	record Seeded(Holder holder, List<Node> existing, List<Node> fresh) {
	}

}
