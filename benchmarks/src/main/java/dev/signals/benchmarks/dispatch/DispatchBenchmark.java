package dev.signals.benchmarks.dispatch;

import java.util.List;
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

import org.springframework.context.ApplicationEventPublisher;

import dev.signals.Response;
import dev.signals.Signals;

/**
 * Sending one custom signal to 0, 1 and 4 receivers, against calling the same receivers
 * directly (the floor) and publishing the payload to as many Spring {@code @EventListener}s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
@State(Scope.Thread)
public class DispatchBenchmark {

	@Param({ "0", "1", "4" })
	public int receivers;

	private DispatchContext context;

	private Signals signals;

	private ApplicationEventPublisher publisher;

	private PingReceiver[] direct;

	private final Ping ping = new Ping(42);

	@Setup(Level.Trial)
	public void start() {
		this.context = new DispatchContext(this.receivers);
		this.signals = this.context.signals();
		this.publisher = this.context.context();
		this.direct = this.context.direct();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public void directCall() {
		for (PingReceiver receiver : this.direct) {
			receiver.onPing(this.ping);
		}
	}

	@Benchmark
	public List<Response> signalsSend() {
		return this.signals.send(DispatchContext.PING, null, this.ping);
	}

	@Benchmark
	public void springPublishEvent() {
		this.publisher.publishEvent(this.ping);
	}

}
