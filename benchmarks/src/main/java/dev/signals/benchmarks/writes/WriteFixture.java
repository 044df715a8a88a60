package dev.signals.benchmarks.writes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import dev.signals.benchmarks.writes.Repositories.AggregateItemRepository;
import dev.signals.benchmarks.writes.Repositories.ItemRepository;
import dev.signals.benchmarks.writes.Repositories.ListenedItemRepository;

/**
 * One running application of a {@link Variant}, on its own H2 in-memory database, and the
 * steps of the write benchmarks. Rows the benchmarks need in place are written with plain
 * JDBC, so that no setup goes through Hibernate's (or the starter's) write path.
 */
public final class WriteFixture implements AutoCloseable {

	/** Ids of the rows written with JDBC, far above what the sequences hand out. */
	private static final long FIRST_ID = 1_000_000_000L;

	/**
	 * Spring Modulith's auto-configurations, on the classpath for the durable delivery benchmark.
	 * Its registry would record every {@code @TransactionalEventListener} event, so only that
	 * benchmark's Modulith variants have it.
	 */
	public static final List<String> MODULITH_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
			"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
			"org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration",
			"org.springframework.modulith.events.jackson2.Jackson2EventSerializationConfiguration",
			"org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration",
			"org.springframework.modulith.events.jpa.archiving.ArchivingAutoConfiguration");

	/**
	 * Jackson, on the classpath for durable delivery: without its {@code JsonMapper} the
	 * starter sets up no durable delivery (no table, no poller), as before durable delivery
	 * existed.
	 */
	private static final String JACKSON_AUTO_CONFIGURATION = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration";

	private final Variant variant;

	private final ConfigurableApplicationContext context;

	private final PlatformTransactionManager transactionManager;

	private final JdbcTemplate jdbc;

	private final JpaRepository<Row, Long> repository;

	private final String table;

	private WriteFixture(Variant variant, ConfigurableApplicationContext context) {
		this.variant = variant;
		this.context = context;
		this.transactionManager = context.getBean(PlatformTransactionManager.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.repository = repository(variant, context);
		this.table = switch (variant.entityClass().getSimpleName()) {
			case "Item" -> "item";
			case "ListenedItem" -> "listened_item";
			default -> "aggregate_item";
		};
	}

	public static WriteFixture start(Variant variant) {
		List<Class<?>> sources = new ArrayList<>(List.of(WritesApp.class));
		if (variant.receiver() != null) {
			sources.add(variant.receiver());
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(new Class<?>[0]))
			.web(WebApplicationType.NONE)
			.properties(properties(variant.withStarter()))
			.run();
		return new WriteFixture(variant, context);
	}

	/**
	 * The settings of every benchmark application: H2 in memory under a unique name, JDBC
	 * batching, ordered inserts and updates, no open-in-view, WARN logging; neither Spring
	 * Modulith's registry nor Jackson (so no durable delivery).
	 */
	public static Map<String, Object> properties(boolean starter) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.main.log-startup-info", "false");
		properties.put("spring.jmx.enabled", "false");
		properties.put("logging.level.root", "WARN");
		properties.put("spring.datasource.url", "jdbc:h2:mem:bench-" + UUID.randomUUID());
		properties.put("spring.datasource.hikari.maximum-pool-size", "2");
		properties.put("spring.jpa.hibernate.ddl-auto", "create-drop");
		properties.put("spring.jpa.open-in-view", "false");
		properties.put("spring.jpa.properties.hibernate.jdbc.batch_size", "50");
		properties.put("spring.jpa.properties.hibernate.order_inserts", "true");
		properties.put("spring.jpa.properties.hibernate.order_updates", "true");
		properties.put("signals.enabled", Boolean.toString(starter));
		List<String> excluded = new ArrayList<>(MODULITH_AUTO_CONFIGURATIONS);
		excluded.add(JACKSON_AUTO_CONFIGURATION);
		properties.put("spring.autoconfigure.exclude", String.join(",", excluded));
		return properties;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static JpaRepository<Row, Long> repository(Variant variant, ConfigurableApplicationContext context) {
		Class<?> type = switch (variant.entityClass().getSimpleName()) {
			case "Item" -> ItemRepository.class;
			case "ListenedItem" -> ListenedItemRepository.class;
			default -> AggregateItemRepository.class;
		};
		return (JpaRepository) context.getBean(type);
	}

	public Variant variant() {
		return this.variant;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/** New, transient entities of the variant's class. */
	public List<Row> newRows(int count) {
		List<Row> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String name = "item-" + i;
			String category = "category-" + (i % 10);
			int price = i;
			rows.add(switch (this.variant.entityClass().getSimpleName()) {
				case "Item" -> new Item(name, category, price);
				case "ListenedItem" -> new ListenedItem(name, category, price);
				default -> new AggregateItem(name, category, price);
			});
		}
		return rows;
	}

	/** Empty the table and put {@code count} rows in it with plain JDBC. */
	public void resetRows(int count) {
		truncate();
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { FIRST_ID + i, "item-" + i, "category-" + (i % 10), i });
		}
		this.jdbc.batchUpdate("insert into " + this.table + " (id, name, category, price) values (?, ?, ?, ?)", rows);
	}

	public void truncate() {
		this.jdbc.execute("truncate table " + this.table);
	}

	public long count() {
		Long count = this.jdbc.queryForObject("select count(*) from " + this.table, Long.class);
		return (count != null) ? count : 0;
	}

	public List<String> names() {
		return this.jdbc.queryForList("select distinct name from " + this.table, String.class);
	}

	public TransactionStatus begin() {
		return this.transactionManager.getTransaction(TransactionDefinition.withDefaults());
	}

	/** Inside a transaction: every row, as managed entities. */
	public List<Row> loadAll() {
		return this.repository.findAll();
	}

	public void saveAll(List<Row> rows) {
		this.repository.saveAll(rows);
	}

	public void deleteAll(List<Row> rows) {
		this.repository.deleteAll(rows);
	}

	public void commit(TransactionStatus transaction) {
		this.transactionManager.commit(transaction);
	}

	/** Roll back a transaction an interrupted benchmark left open. */
	public void rollbackIfOpen(TransactionStatus transaction) {
		if (transaction != null && !transaction.isCompleted()) {
			this.transactionManager.rollback(transaction);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
