package dev.signals.actuate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.signals.actuate.app.EndpointTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup summary of signals and receivers, as the application's log shows it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupSummaryTests {

	@Test
	void logsSignalsReceiversAndCoveredEntityTypesInOneLineAtInfo(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(output).contains("Signals: 1 custom signal (ticket_closed), 3 receivers, "
					+ "model signals for 1 entity type (Ticket)");
			assertThat(output).doesNotContain("Signal post_save from");
		}
	}

	@Test
	void logsEveryConnectionAtDebug(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start(
				"logging.level.dev.signals.receivers.SignalReceiverMethodProcessor=debug")) {
			assertThat(output)
				.contains("Signal post_save from dev.signals.actuate.app.Ticket -> ticketReceivers.audit "
						+ "(IMMEDIATE, order 1)")
				.contains("Signal ticket_closed from any sender -> ticketReceivers.closed (IMMEDIATE, order "
						+ Integer.MAX_VALUE + ")")
				.contains("Signal post_save from dev.signals.actuate.app.Ticket -> ticketReceivers.evict "
						+ "(AFTER_COMMIT, order " + Integer.MAX_VALUE + ", dispatch uid 'evict')")
				.contains("Signal post_delete from dev.signals.actuate.app.Ticket -> ticketReceivers.evict "
						+ "(AFTER_COMMIT, order " + Integer.MAX_VALUE + ", dispatch uid 'evict')");
		}
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(EndpointTestApplication.class).web(WebApplicationType.NONE)
			.properties(properties)
			.run();
	}

}
