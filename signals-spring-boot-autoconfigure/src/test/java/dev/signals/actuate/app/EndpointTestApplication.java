package dev.signals.actuate.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.signals.Signal;

/**
 * A small application whose receivers the endpoint and the startup summary describe.
 */
@SpringBootApplication
public class EndpointTestApplication {

	@Bean
	Signal<TicketClosed> ticketClosed() {
		return Signal.named("ticket_closed", TicketClosed.class);
	}

}
