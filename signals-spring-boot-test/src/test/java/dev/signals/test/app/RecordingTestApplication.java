package dev.signals.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.signals.Signal;

/**
 * A small application for the tests of recording and muting signals.
 */
@SpringBootApplication
public class RecordingTestApplication {

	@Bean
	Signal<InvoicePaid> invoicePaid() {
		return Signal.named("invoice_paid", InvoicePaid.class);
	}

}
