package dev.signals.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.Signals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's interceptor, {@link SignalMdc}: a receiver runs with its signal's name in the
 * MDC, which is gone once the call is over.
 */
@SpringBootTest(classes = ExamplesTestApplication.class)
class SignalMdcIntegrationTests {

	@Autowired
	private Signals signals;

	@Autowired
	private JobRepository jobs;

	@Test
	void aReceiverLogsWithItsSignalsNameInTheMdc() {
		List<String> seen = new CopyOnWriteArrayList<>();
		Connection preSave = this.signals.connect("pre_save", Job.class, ConnectOptions.DEFAULTS,
				(event) -> seen.add("pre_save: " + MDC.get("signal")));
		Connection postSave = this.signals.connect("post_save", Job.class, ConnectOptions.DEFAULTS,
				(event) -> seen.add("post_save: " + MDC.get("signal")));
		try {
			this.jobs.save(new Job("Backend Engineer", "Java, SQL"));
		}
		finally {
			preSave.disconnect();
			postSave.disconnect();
		}

		assertThat(seen).containsExactly("pre_save: pre_save", "post_save: post_save");
		assertThat(MDC.get("signal")).isNull();
	}

}
