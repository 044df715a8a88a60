package dev.signals.benchmarks.writes;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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

import org.springframework.transaction.TransactionStatus;

import dev.signals.benchmarks.Calls;

/**
 * Inserting, updating and deleting {@code entities} entities in one transaction through a Spring
 * Data repository on H2 with JDBC batching, in each {@link Variant}. One operation is the whole
 * transaction: {@code saveAll} or {@code deleteAll} and the commit. The transaction is begun, the
 * entities built or loaded, and the table filled (with JDBC) before the operation, untimed.
 * After each operation the receiver's calls are checked: one per entity written, or none.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class WriteBenchmark {

	@Benchmark
	public void insert(InsertState state) {
		state.fixture.saveAll(state.rows);
		state.fixture.commit(state.transaction);
	}

	@Benchmark
	public void update(UpdateState state) {
		for (Row row : state.rows) {
			row.rename(state.name, state.round);
		}
		state.fixture.saveAll(state.rows);
		state.fixture.commit(state.transaction);
	}

	@Benchmark
	public void delete(DeleteState state) {
		for (Row row : state.rows) {
			row.removing();
		}
		state.fixture.deleteAll(state.rows);
		state.fixture.commit(state.transaction);
	}

	private static final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	static long allocatedBytes() {
		return threads.getCurrentThreadAllocatedBytes();
	}

	/**
	 * What the benchmark thread allocated during the timed operation (bytes per operation):
	 * exact, unlike {@code -prof gc}, whose figure includes the untimed setup of the iteration.
	 */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Allocation {

		public long opAllocatedBytes;

	}

	@State(Scope.Thread)
	public abstract static class WriteState {

		@Param({ "plain", "starter", "signal", "preSignal", "entityListener", "domainEvents", "signalAfterCommit",
				"txEventListener" })
		public String variant;

		@Param("10000")
		public int entities;

		public WriteFixture fixture;

		public List<Row> rows;

		public TransactionStatus transaction;

		private long callsBefore;

		private long allocatedBefore;

		@Setup(Level.Trial)
		public void start() {
			if (this.fixture == null) {
				this.fixture = WriteFixture.start(Variant.of(this.variant));
			}
			started();
		}

		void started() {
		}

		@TearDown(Level.Trial)
		public void stop() {
			this.fixture.close();
		}

		@Setup(Level.Invocation)
		public void prepare() {
			prepareRows();
			// what the previous operation left behind is not collected while the next one runs
			System.gc();
			this.callsBefore = Calls.count();
			this.allocatedBefore = allocatedBytes();
		}

		abstract void prepareRows();

		/**
		 * A benchmark that measures the wrong thing is worse than none: the receiver must have
		 * run once per entity written.
		 */
		@TearDown(Level.Invocation)
		public void check(Allocation allocation) {
			long allocated = allocatedBytes() - this.allocatedBefore;
			allocation.opAllocatedBytes = allocated;
			this.fixture.rollbackIfOpen(this.transaction);
			long calls = Calls.count() - this.callsBefore;
			long expected = (long) this.fixture.variant().callsPerWrite() * this.entities;
			if (calls != expected) {
				throw new IllegalStateException(this.variant + ": " + calls + " receiver calls for " + this.entities
						+ " entities written, expected " + expected);
			}
			checkRows();
		}

		abstract void checkRows();

		void require(boolean condition, String what) {
			if (!condition) {
				throw new IllegalStateException(this.variant + ": " + what);
			}
		}

	}

	public static class InsertState extends WriteState {

		@Override
		void prepareRows() {
			this.fixture.truncate();
			this.rows = this.fixture.newRows(this.entities);
			this.transaction = this.fixture.begin();
		}

		@Override
		void checkRows() {
			require(this.fixture.count() == this.entities, "rows not inserted");
		}

	}

	public static class UpdateState extends WriteState {

		public String name;

		public int round;

		@Override
		void started() {
			this.fixture.resetRows(this.entities);
		}

		@Override
		void prepareRows() {
			this.round++;
			this.name = "round-" + this.round;
			this.transaction = this.fixture.begin();
			this.rows = this.fixture.loadAll();
			require(this.rows.size() == this.entities, "rows missing");
		}

		@Override
		void checkRows() {
			require(this.fixture.names().equals(List.of(this.name)), "rows not updated");
		}

	}

	public static class DeleteState extends WriteState {

		@Override
		void prepareRows() {
			this.fixture.resetRows(this.entities);
			this.transaction = this.fixture.begin();
			this.rows = this.fixture.loadAll();
			require(this.rows.size() == this.entities, "rows missing");
		}

		@Override
		void checkRows() {
			require(this.fixture.count() == 0, "rows not deleted");
		}

	}

}
