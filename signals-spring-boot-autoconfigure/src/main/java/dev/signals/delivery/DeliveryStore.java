package dev.signals.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Delivery;
import dev.signals.Delivery.Status;

/**
 * The {@code signals_delivery} table. Writes of new records join the caller's transaction (the
 * one that sent the signal); everything else runs in short transactions of its own.
 */
public final class DeliveryStore implements DeliveryStatistics {

	private static final String COLUMNS = "id, receiver, signal_name, sender, payload_type, payload, status, attempts, "
			+ "next_attempt_at, locked_until, locked_by, last_error, created_at, completed_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final String database;

	/**
	 * Create the store of the delivery table in a database.
	 * @param dataSource the database, the one the application's transactions write to
	 */
	public DeliveryStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.database = databaseName(dataSource);
	}

	private static String databaseName(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
			return product.toLowerCase(Locale.ROOT);
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	/**
	 * Create the table unless it exists, for H2, PostgreSQL, MariaDB and MySQL; other databases
	 * need the shipped SQL adapted, run by Flyway or Liquibase.
	 * @throws IllegalStateException for another database
	 */
	public void createSchema() {
		String script = schemaScript();
		if (script == null) {
			throw new IllegalStateException("No delivery table script for database '" + this.database
					+ "': create the table from dev/signals/delivery/schema-postgresql.sql, adapted, and set "
					+ "signals.delivery.initialize-schema=false");
		}
		new ResourceDatabasePopulator(new ClassPathResource(script)).execute(this.jdbc.getDataSource());
	}

	@Nullable String schemaScript() {
		for (String name : new String[] { "h2", "postgresql", "mariadb" }) {
			if (this.database.contains(name)) {
				return "dev/signals/delivery/schema-" + name + ".sql";
			}
		}
		// MySQL takes MariaDB's script
		return this.database.contains("mysql") ? "dev/signals/delivery/schema-mariadb.sql" : null;
	}

	private boolean skipsLocked() {
		return this.database.contains("postgresql") || this.database.contains("mariadb")
				|| this.database.contains("mysql");
	}

	/**
	 * Write a new record in the caller's transaction, held by this instance until the lease
	 * ends so that no other instance attempts it meanwhile.
	 */
	void insert(StoredDelivery delivery, String owner, Instant lockedUntil) {
		this.jdbc.update("insert into signals_delivery (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				delivery.id(), delivery.receiver(), delivery.signal(), delivery.sender(), delivery.payloadType(),
				delivery.payload(), Status.PENDING.name(), 0, delivery.createdAt().toEpochMilli(),
				lockedUntil.toEpochMilli(), owner, null, delivery.createdAt().toEpochMilli(), null);
	}

	/**
	 * Hold a pending delivery this instance owns for a full lease, just before attempting it.
	 * @return {@code false} if another instance has taken it over meanwhile
	 */
	boolean hold(String id, String owner, Instant lockedUntil) {
		Integer updated = this.ownTransaction.execute((transaction) -> this.jdbc.update(
				"update signals_delivery set locked_until = ? where id = ? and locked_by = ? and status = 'PENDING'",
				lockedUntil.toEpochMilli(), id, owner));
		return updated != null && updated == 1;
	}

	/**
	 * Only the owner of an attempt records its outcome: a late attempt, overtaken by another
	 * instance after its lease ran out, changes nothing.
	 */
	void completed(String id, String owner, int attempts, Instant now) {
		inOwnTransaction(() -> this.jdbc.update(
				"update signals_delivery set status = ?, attempts = ?, completed_at = ?, locked_by = null, "
						+ "locked_until = 0, last_error = null where id = ? and locked_by = ?",
				Status.COMPLETED.name(), attempts, now.toEpochMilli(), id, owner));
	}

	void failed(String id, String owner, int attempts, @Nullable Instant nextAttempt, String error) {
		Status status = (nextAttempt != null) ? Status.PENDING : Status.DEAD;
		long next = (nextAttempt != null) ? nextAttempt.toEpochMilli() : Long.MAX_VALUE;
		inOwnTransaction(() -> this.jdbc.update(
				"update signals_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
						+ "locked_by = null, locked_until = 0 where id = ? and locked_by = ?",
				status.name(), attempts, next, truncate(error), id, owner));
	}

	/**
	 * Claim due deliveries of receivers this instance has until the lease ends: with row locks
	 * that skip what another instance is claiming where the database has them, else with
	 * conditional updates, of which only one per record can succeed. Deliveries of receivers
	 * this instance does not have are left to the instances that have them, such as a newer
	 * version during a rolling deployment.
	 */
	List<StoredDelivery> claim(String owner, Collection<String> receivers, Instant now, Instant lockedUntil,
			int limit) {
		List<StoredDelivery> claimed = new ArrayList<>();
		if (receivers.isEmpty()) {
			return claimed;
		}
		inOwnTransaction(() -> {
			String due = "select " + COLUMNS + " from signals_delivery where status = 'PENDING' and next_attempt_at <= ? "
					+ "and locked_until <= ? and receiver in (" + String.join(", ", Collections.nCopies(receivers.size(), "?"))
					+ ") order by next_attempt_at limit ?";
			List<Object> arguments = new ArrayList<>();
			arguments.add(now.toEpochMilli());
			arguments.add(now.toEpochMilli());
			arguments.addAll(receivers);
			arguments.add(limit);
			List<StoredDelivery> candidates = this.jdbc.query(skipsLocked() ? due + " for update skip locked" : due, ROWS,
					arguments.toArray());
			for (StoredDelivery candidate : candidates) {
				int updated = this.jdbc.update(
						"update signals_delivery set locked_by = ?, locked_until = ? where id = ? and status = 'PENDING' "
								+ "and locked_until <= ?",
						owner, lockedUntil.toEpochMilli(), candidate.id(), now.toEpochMilli());
				if (updated == 1) {
					claimed.add(candidate);
				}
			}
		});
		return claimed;
	}

	Optional<StoredDelivery> find(String id) {
		return this.jdbc.query("select " + COLUMNS + " from signals_delivery where id = ?", ROWS, id).stream().findFirst();
	}

	List<StoredDelivery> withStatus(Status status) {
		return this.jdbc.query("select " + COLUMNS + " from signals_delivery where status = ? order by created_at", ROWS,
				status.name());
	}

	boolean resubmit(String id, Instant now) {
		Integer updated = this.ownTransaction.execute((transaction) -> this.jdbc.update(
				"update signals_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?, locked_until = 0, "
						+ "locked_by = null where id = ? and status = 'DEAD'",
				now.toEpochMilli(), id));
		return updated != null && updated == 1;
	}

	@Override
	public Map<String, Backlog> backlogByReceiver() {
		Map<String, Backlog> backlog = new HashMap<>();
		this.jdbc.query("select receiver, status, count(*), min(created_at) from signals_delivery "
				+ "where status <> 'COMPLETED' group by receiver, status", (ResultSet rs) -> {
					String receiver = rs.getString(1);
					boolean dead = Status.DEAD.name().equals(rs.getString(2));
					long count = rs.getLong(3);
					Instant oldest = dead ? null : Instant.ofEpochMilli(rs.getLong(4));
					Backlog known = backlog.getOrDefault(receiver, new Backlog(0, 0, null));
					backlog.put(receiver, dead ? new Backlog(known.pending(), known.dead() + count, known.oldestPending())
							: new Backlog(known.pending() + count, known.dead(), oldest));
				});
		return backlog;
	}

	int deleteCompletedBefore(Instant time) {
		Integer deleted = this.ownTransaction.execute((transaction) -> this.jdbc
			.update("delete from signals_delivery where status = 'COMPLETED' and completed_at < ?", time.toEpochMilli()));
		return (deleted != null) ? deleted : 0;
	}

	private void inOwnTransaction(Runnable work) {
		this.ownTransaction.executeWithoutResult((transaction) -> work.run());
	}

	private static String truncate(String error) {
		return (error.length() <= 4000) ? error : error.substring(0, 4000);
	}

	private static final RowMapper<StoredDelivery> ROWS = (ResultSet rs, int row) -> new StoredDelivery(
			rs.getString("id"), rs.getString("receiver"), rs.getString("signal_name"), rs.getString("sender"),
			rs.getString("payload_type"), rs.getString("payload"), Status.valueOf(rs.getString("status")),
			rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("next_attempt_at")), rs.getString("last_error"),
			Instant.ofEpochMilli(rs.getLong("created_at")), completedAt(rs), lockedUntil(rs));

	private static @Nullable Instant completedAt(ResultSet rs) throws SQLException {
		long completed = rs.getLong("completed_at");
		return rs.wasNull() ? null : Instant.ofEpochMilli(completed);
	}

	// 0 (or null) once an attempt has recorded its outcome or a resubmission freed the record
	private static @Nullable Instant lockedUntil(ResultSet rs) throws SQLException {
		long lockedUntil = rs.getLong("locked_until");
		return (lockedUntil > 0) ? Instant.ofEpochMilli(lockedUntil) : null;
	}

	/**
	 * A record as stored: the public view plus what is needed to call the receiver again.
	 */
	record StoredDelivery(String id, String receiver, String signal, @Nullable String sender, String payloadType,
			String payload, Status status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
			Instant createdAt, @Nullable Instant completedAt, @Nullable Instant lockedUntil) {

		Delivery view() {
			boolean pending = this.status == Status.PENDING;
			return new Delivery(this.id, this.receiver, this.signal, this.status, this.attempts,
					pending ? this.nextAttemptAt : null, this.lastError, this.createdAt, this.completedAt,
					pending ? this.lockedUntil : null);
		}

	}

}
