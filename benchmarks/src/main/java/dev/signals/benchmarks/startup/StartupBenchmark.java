package dev.signals.benchmarks.startup;

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

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting the application (JPA on H2 included) with 0 and with 500 receiver methods. The JVM
 * is warm after the warm-up iterations: this is the starter's own cost, not class loading.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@State(Scope.Thread)
public class StartupBenchmark {

	@Param({ "plain", "receivers0", "receivers500", "beans500Disabled" })
	public String receivers;

	private ConfigurableApplicationContext context;

	@Setup(Level.Invocation)
	public void collect() {
		System.gc();
	}

	@Benchmark
	public ConfigurableApplicationContext start() {
		this.context = StartupApp.run(StartupApp.Case.valueOf(this.receivers));
		return this.context;
	}

	@TearDown(Level.Invocation)
	public void stop() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

}
