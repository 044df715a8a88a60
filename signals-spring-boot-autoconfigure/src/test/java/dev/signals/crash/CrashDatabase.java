package dev.signals.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.signals.delivery.DeliveryStore;

/**
 * The database the test and its child JVMs share, reached over plain JDBC from the test.
 * <p>
 * The services profile's failsafe executions set {@code spring.datasource.url} (PostgreSQL,
 * MariaDB); the default build uses a new H2 file database under {@code target} in
 * {@code AUTO_SERVER} mode, which this JVM opens first and keeps open, so that it serves the
 * child JVMs over TCP and a killed child takes nothing down. On PostgreSQL the test works in a
 * schema of its own, on MariaDB and MySQL in a database of its own, dropped at the end: other
 * builds on the same server (their tests delete from {@code signals_delivery}, their instances
 * poll it) cannot interfere.
 */
final class CrashDatabase implements AutoCloseable {

	static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	final String url;

	final String username;

	final String password;

	final JdbcTemplate jdbc;

	private final Connection keptOpen;

	private final Runnable drop;

	private CrashDatabase(String url, String username, String password, boolean keepOpen, Runnable drop) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, username, password));
		this.drop = drop;
		try {
			this.keptOpen = keepOpen ? DriverManager.getConnection(url, username, password) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not open " + url, ex);
		}
	}

	/**
	 * The services profile's database when it sets one, else a new H2 file database.
	 */
	static CrashDatabase fromBuild(String name) {
		String url = System.getProperty("spring.datasource.url");
		if (url != null && !url.isBlank()) {
			return isolated(url, System.getProperty("spring.datasource.username", ""),
					System.getProperty("spring.datasource.password", ""));
		}
		Path file = Path.of("target", "crash-tests", "db", name + "-" + UUID.randomUUID()).toAbsolutePath();
		return new CrashDatabase("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "", true, () -> {
		});
	}

	/**
	 * The services profile's PostgreSQL, or the one on localhost that the root pom names.
	 */
	static CrashDatabase postgresql() {
		String url = System.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return isolated(POSTGRESQL_URL, "postgres", "");
		}
		return isolated(url, System.getProperty("spring.datasource.username", "postgres"),
				System.getProperty("spring.datasource.password", ""));
	}

	private static CrashDatabase isolated(String url, String username, String password) {
		String name = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(url, username, password));
		if (url.startsWith("jdbc:postgresql:")) {
			server.execute("create schema " + name);
			return new CrashDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, username,
					password, false, () -> server.execute("drop schema " + name + " cascade"));
		}
		if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
			server.execute("create database " + name);
			return new CrashDatabase(url.replaceFirst("^(jdbc:[a-z]+://[^/?]+)(/[^?]*)?", "$1/" + name), username,
					password, false, () -> server.execute("drop database " + name));
		}
		return new CrashDatabase(url, username, password, false, () -> {
		});
	}

	/**
	 * Create the delivery table (with the script the library ships) unless it exists and empty
	 * it; create the receipts table anew. Both exist only for this test but on a database that
	 * the build gives, which the other tests share.
	 */
	void prepare() {
		new DeliveryStore(this.jdbc.getDataSource()).createSchema();
		this.jdbc.execute("drop table if exists crash_receipts");
		this.jdbc.execute("create table crash_receipts (delivery_id varchar(36) not null, "
				+ "parcel varchar(50) not null, instance varchar(50) not null, owner varchar(100), "
				+ "received_at bigint not null)");
		this.jdbc.update("delete from signals_delivery");
	}

	/**
	 * The system properties that point a child JVM at this database.
	 */
	Map<String, String> childProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", this.url);
		properties.put("spring.datasource.username", this.username);
		properties.put("spring.datasource.password", this.password);
		return properties;
	}

	List<Receipt> receipts() {
		return this.jdbc.query("select delivery_id, parcel, instance, owner from crash_receipts order by received_at",
				(rs, row) -> new Receipt(rs.getString("delivery_id"), rs.getString("parcel"), rs.getString("instance"),
						rs.getString("owner")));
	}

	long receiptCount() {
		return this.jdbc.queryForObject("select count(*) from crash_receipts", Long.class);
	}

	List<Record> deliveries() {
		return this.jdbc.query("select id, status, attempts, locked_by from signals_delivery",
				(rs, row) -> new Record(rs.getString("id"), rs.getString("status"), rs.getInt("attempts"),
						rs.getString("locked_by")));
	}

	long deliveryCount(String status) {
		return this.jdbc.queryForObject("select count(*) from signals_delivery where status = ?", Long.class, status);
	}

	@Override
	public void close() throws SQLException {
		if (this.keptOpen != null) {
			this.keptOpen.close();
		}
		this.drop.run();
	}

	/**
	 * The ids of the deliveries the owner holds: claimed or being attempted, not completed.
	 */
	List<String> heldBy(String owner) {
		return this.jdbc.queryForList("select id from signals_delivery where status = 'PENDING' and locked_by = ?",
				String.class, owner);
	}

	/**
	 * A row of {@code crash_receipts}: one completed call of the receiver.
	 * @param owner the library's id of the instance, which held the delivery record meanwhile
	 */
	record Receipt(String deliveryId, String parcel, String instance, String owner) {
	}

	/**
	 * A row of {@code signals_delivery}.
	 */
	record Record(String id, String status, int attempts, String lockedBy) {
	}

}
