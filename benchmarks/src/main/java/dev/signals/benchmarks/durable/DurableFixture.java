package dev.signals.benchmarks.durable;

import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import dev.signals.Signals;
import dev.signals.benchmarks.writes.WriteFixture;

/**
 * One running application of a {@link DurableVariant} on its own H2 in-memory database, with the
 * settings of the write benchmarks, and the steps of the durable delivery benchmark: send one
 * event per transaction, wait until every delivery ran, count the completed records.
 */
public final class DurableFixture implements AutoCloseable {

	/** How long the benchmark waits for deliveries before it fails. */
	private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final DurableVariant variant;

	private final ConfigurableApplicationContext context;

	private final PlatformTransactionManager transactionManager;

	private final JdbcTemplate jdbc;

	private final Signals signals;

	private final ApplicationEventPublisher publisher;

	private final ThreadPoolExecutor executor;

	private final String table;

	private final String completed;

	private DurableFixture(DurableVariant variant, ConfigurableApplicationContext context) {
		this.variant = variant;
		this.context = context;
		this.transactionManager = context.getBean(PlatformTransactionManager.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.signals = variant.withStarter() ? context.getBean(Signals.class) : null;
		this.publisher = context;
		this.executor = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class).getThreadPoolExecutor();
		if (variant.withStarter()) {
			this.table = "signals_delivery";
			this.completed = "status = 'COMPLETED' and completed_at is not null";
		}
		else {
			this.table = "event_publication";
			this.completed = "status = 'COMPLETED' and completion_date is not null";
		}
	}

	public static DurableFixture start(DurableVariant variant) {
		Map<String, Object> properties = WriteFixture.properties(variant.withStarter());
		// the write benchmarks' settings, but with Jackson, and with the registry only for its variants
		properties.put("spring.autoconfigure.exclude",
				variant.withStarter() ? String.join(",", WriteFixture.MODULITH_AUTO_CONFIGURATIONS) : "");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(DurableApp.class, variant.receiver())
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run();
		return new DurableFixture(variant, context);
	}

	public DurableVariant variant() {
		return this.variant;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/** Delete every delivery record or event publication. */
	public void clean() {
		this.jdbc.execute("truncate table " + this.table);
	}

	/**
	 * Send {@code count} events, each in a transaction of its own that commits, and wait until
	 * every one was delivered: the receiver ran and its record was completed.
	 */
	public void sendAndAwait(int count) {
		long tasksBefore = this.executor.getCompletedTaskCount();
		long deliveredBefore = Delivered.count();
		for (int i = 0; i < count; i++) {
			OrderPlaced order = new OrderPlaced(i, "customer-" + (i % 100), 100L * i);
			TransactionStatus transaction = this.transactionManager.getTransaction(TransactionDefinition.withDefaults());
			try {
				if (this.signals != null) {
					this.signals.send(DurableApp.ORDER_PLACED, DurableFixture.class, order);
				}
				else {
					this.publisher.publishEvent(order);
				}
			}
			catch (RuntimeException ex) {
				this.transactionManager.rollback(transaction);
				throw ex;
			}
			this.transactionManager.commit(transaction);
		}
		long deadline = System.nanoTime() + TIMEOUT_NANOS;
		// the receivers ran...
		await(() -> Delivered.count() - deliveredBefore >= count, deadline, "deliveries");
		if (this.variant.async()) {
			// ...and the executor's tasks, which complete the records after the receiver returns, ended
			await(() -> this.executor.getCompletedTaskCount() - tasksBefore >= count, deadline, "delivery tasks");
		}
	}

	private void await(java.util.function.BooleanSupplier done, long deadline, String what) {
		int spins = 0;
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(this.variant + ": timed out waiting for " + what + " ("
						+ Delivered.count() + " delivered)");
			}
			if (++spins < 100) {
				Thread.onSpinWait();
			}
			else {
				// on 2 cores, leave the CPU to the executor's threads: well under a millisecond
				LockSupport.parkNanos(20_000);
			}
		}
	}

	/** Records or publications stored. */
	public long rows() {
		return count("select count(*) from " + this.table);
	}

	/** Records or publications marked completed. */
	public long completedRows() {
		return count("select count(*) from " + this.table + " where " + this.completed);
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
