package dev.signals.sample.jobs.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ConsoleMailBackendTests {

	@Test
	void logsTheWholeEmail(CapturedOutput output) {
		new ConsoleMailBackend().send("board@example.com", new Email("ann@example.com", "Welcome", "Hello Ann"));

		assertThat(output).contains("From: board@example.com", "To: ann@example.com", "Subject: Welcome",
				"Hello Ann");
	}

}
