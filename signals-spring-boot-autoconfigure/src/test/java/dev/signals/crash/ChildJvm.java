package dev.signals.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.signals.crash.app.CrashTestApplication;

import static org.awaitility.Awaitility.await;

/**
 * An application instance ({@link CrashTestApplication}) in a child JVM on this JVM's class
 * path. Its standard output goes to {@code <name>.out} and its standard error to
 * {@code <name>.err} in the log directory; the lines it reports for the test are collected.
 * {@link #kill()} is {@code kill -9}.
 */
final class ChildJvm implements AutoCloseable {

	static final Path LOGS = Path.of("target", "crash-tests").toAbsolutePath();

	private final String name;

	private final Process process;

	private final Path out;

	private final Path err;

	private final List<String> reported = new CopyOnWriteArrayList<>();

	private ChildJvm(String name, Process process, Path out, Path err) {
		this.name = name;
		this.process = process;
		this.out = out;
		this.err = err;
	}

	static ChildJvm start(String name, Map<String, String> systemProperties) {
		try {
			Files.createDirectories(LOGS);
			Path out = LOGS.resolve(name + ".out");
			Path err = LOGS.resolve(name + ".err");
			List<String> command = new ArrayList<>();
			command.add(ProcessHandle.current().info().command().orElseThrow());
			command.add("-Xmx384m");
			command.add("-XX:TieredStopAtLevel=1");
			systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(CrashTestApplication.class.getName());
			Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
			ChildJvm child = new ChildJvm(name, process, out, err);
			Thread reader = new Thread(child::readOutput, "child-" + name + "-stdout");
			reader.setDaemon(true);
			reader.start();
			return child;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	private void readOutput() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				Writer file = Files.newBufferedWriter(this.out)) {
			String line;
			while ((line = lines.readLine()) != null) {
				file.write(line);
				file.write('\n');
				file.flush();
				if (line.startsWith(CrashTestApplication.PREFIX)) {
					this.reported.add(line.substring(CrashTestApplication.PREFIX.length()));
				}
			}
		}
		catch (IOException ex) {
			// the child was killed
		}
	}

	/**
	 * Wait for the child to report a line starting with the prefix.
	 * @throws IllegalStateException at once if the child exits first
	 */
	String awaitReport(String prefix, Duration timeout) {
		return await("'" + prefix + "' from " + this.name).atMost(timeout)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> {
				Optional<String> line = report(prefix);
				if (line.isEmpty() && !this.process.isAlive()) {
					throw new IllegalStateException(this.name + " exited with " + this.process.exitValue()
							+ " before reporting '" + prefix + "'; see " + this.out + " and " + this.err);
				}
				return line;
			}, Optional::isPresent)
			.orElseThrow();
	}

	Optional<String> report(String prefix) {
		return this.reported.stream().filter((line) -> line.startsWith(prefix)).findFirst();
	}

	List<String> reports() {
		return List.copyOf(this.reported);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * {@code kill -9}: SIGKILL on Linux, nothing of the application runs any more.
	 */
	void kill() {
		this.process.destroyForcibly();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException(this.name + " survived SIGKILL for 30 seconds");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	@Override
	public String toString() {
		return this.name + " (pid " + this.process.pid() + ", log " + this.out + ")";
	}

}
