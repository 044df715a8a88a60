package dev.signals.benchmarks.durable;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable after-commit delivery: {@code deliveries} transactions, each sending one event and
 * committing, until every delivery ran and its record is completed, with the starter's durable
 * receiver and with Spring Modulith's JPA event publication registry, each on its own H2
 * in-memory database with the write benchmarks' settings. One operation is all of them; the
 * tables are emptied before each, untimed. After each operation the benchmark fails unless the
 * receiver ran once per transaction and every record or publication is completed.
 * <p>
 * Deliveries per second = {@code deliveries} / (seconds per operation); {@code results.py}
 * reports them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class DurableDeliveryBenchmark {

	@Benchmark
	public void deliver(DeliveryState state) {
		state.fixture.sendAndAwait(state.deliveries);
	}

	@State(Scope.Thread)
	public static class DeliveryState {

		@Param({ "signals", "modulith", "signalsAsync", "modulithAsync" })
		public String variant;

		@Param("1000")
		public int deliveries;

		public DurableFixture fixture;

		private long deliveredBefore;

		@Setup(Level.Trial)
		public void start() {
			if (this.fixture == null) {
				this.fixture = DurableFixture.start(DurableVariant.valueOf(this.variant));
			}
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.fixture.close();
		}

		@Setup(Level.Invocation)
		public void prepare() {
			this.fixture.clean();
			// what the previous operation left behind is not collected while the next one runs
			System.gc();
			this.deliveredBefore = Delivered.count();
		}

		/**
		 * A benchmark that measures the wrong thing is worse than none: one receiver call and
		 * one completed record per transaction.
		 */
		@TearDown(Level.Invocation)
		public void check() {
			long delivered = Delivered.count() - this.deliveredBefore;
			require(delivered == this.deliveries, delivered + " receiver calls");
			long rows = this.fixture.rows();
			require(rows == this.deliveries, rows + " records");
			long completed = this.fixture.completedRows();
			require(completed == this.deliveries, completed + " completed records");
		}

		private void require(boolean condition, String what) {
			if (!condition) {
				throw new IllegalStateException(this.variant + ": " + what + " for " + this.deliveries
						+ " transactions, expected " + this.deliveries);
			}
		}

	}

}
