package dev.signals.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.Phase;
import dev.signals.Receiver;
import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.actuate.app.EndpointTestApplication;
import dev.signals.actuate.app.Ticket;
import dev.signals.actuate.app.TicketClosed;
import dev.signals.actuate.app.TicketRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The {@code signals} endpoint's JSON over HTTP, as a monitoring tool reads it; like every
 * endpoint's, it leaves out {@code null} values. Each test calls receivers no other test of
 * the class calls, so that their counts are its own.
 */
@SpringBootTest(classes = EndpointTestApplication.class,
		properties = { "management.endpoints.web.exposure.include=signals", "spring.jpa.open-in-view=false" })
@AutoConfigureMockMvc
class SignalsEndpointTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Signals signals;

	@Autowired
	private Signal<TicketClosed> ticketClosed;

	@Autowired
	private TicketRepository tickets;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void listsTheModelSignalsWithTheirEventTypesThenTheCustomSignalsWithTheirPayloadTypes() throws Exception {
		assertThat(endpoint().<List<Map<String, Object>>>read("$.signals")).containsExactly(
				Map.of("name", "pre_save", "model", true, "payloadType", "dev.signals.PreSave"),
				Map.of("name", "post_save", "model", true, "payloadType", "dev.signals.PostSave"),
				Map.of("name", "pre_delete", "model", true, "payloadType", "dev.signals.PreDelete"),
				Map.of("name", "post_delete", "model", true, "payloadType", "dev.signals.PostDelete"),
				Map.of("name", "ticket_closed", "model", false, "payloadType", TicketClosed.class.getName()));
	}

	@Test
	void describesEachAnnotatedReceiverWithItsBeanMethodConnectionsPhaseOrderAndDispatchUid() throws Exception {
		DocumentContext json = endpoint();
		Map<String, Object> evict = receiver(json, "ticketReceivers.evict");
		assertThat(evict).containsEntry("bean", "ticketReceivers")
			.containsEntry("method", "evict")
			.containsEntry("phase", "AFTER_COMMIT")
			.containsEntry("order", Integer.MAX_VALUE)
			.containsEntry("async", false)
			.containsEntry("durable", false)
			.containsEntry("dispatchUid", "evict")
			.doesNotContainKey("lastFailure");
		assertThat(evict.get("connections")).isEqualTo(
				List.of(Map.of("signal", "post_save", "sender", Ticket.class.getName()),
						Map.of("signal", "post_delete", "sender", Ticket.class.getName())));
		Map<String, Object> audit = receiver(json, "ticketReceivers.audit");
		assertThat(audit).containsEntry("bean", "ticketReceivers")
			.containsEntry("method", "audit")
			.containsEntry("phase", "IMMEDIATE")
			.containsEntry("order", 1)
			.doesNotContainKey("dispatchUid");
		assertThat(receiver(json, "ticketReceivers.closed").get("connections")).as("from any sender")
			.isEqualTo(List.of(Map.of("signal", "ticket_closed")));
		assertThat(json.<List<String>>read("$.receivers[*].name")).containsExactly("ticketReceivers.audit",
				"ticketReceivers.closed", "ticketReceivers.evict");
	}

	@Test
	void describesAReceiverConnectedInCodeWithoutBeanOrMethod() throws Exception {
		Connection connection = this.signals.connect(this.ticketClosed,
				ConnectOptions.DEFAULTS.withPhase(Phase.AFTER_COMPLETION).withOrder(5), new NamedReceiver());
		try {
			Map<String, Object> inCode = receiver(endpoint(), "closing log");
			assertThat(inCode).doesNotContainKeys("bean", "method")
				.containsEntry("phase", "AFTER_COMPLETION")
				.containsEntry("order", 5)
				.containsEntry("calls", 0);
			assertThat(inCode.get("connections")).isEqualTo(List.of(Map.of("signal", "ticket_closed")));
		}
		finally {
			connection.disconnect();
		}
	}

	@Test
	void countsCallsOfEveryConnectionOfAReceiver() throws Exception {
		this.transaction.executeWithoutResult((status) -> this.tickets.save(new Ticket("Printer")));
		this.transaction.executeWithoutResult((status) -> this.tickets.deleteAll());
		DocumentContext json = endpoint();
		assertThat(receiver(json, "ticketReceivers.audit")).containsEntry("calls", 1).containsEntry("failures", 0);
		assertThat(receiver(json, "ticketReceivers.evict")).as("post_save and post_delete")
			.containsEntry("calls", 2)
			.containsEntry("failures", 0)
			.doesNotContainKey("lastFailure");
	}

	@Test
	void countsAFailureAndReportsTheLastOneWithTimeExceptionAndMessage() throws Exception {
		Instant before = Instant.now();
		this.signals.send(this.ticketClosed, Ticket.class, new TicketClosed("fixed"));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.signals.send(this.ticketClosed, Ticket.class, new TicketClosed("printer on fire")));
		Instant after = Instant.now();
		Map<String, Object> closed = receiver(endpoint(), "ticketReceivers.closed");
		assertThat(closed).containsEntry("calls", 2).containsEntry("failures", 1);
		@SuppressWarnings("unchecked")
		Map<String, Object> lastFailure = (Map<String, Object>) closed.get("lastFailure");
		assertThat(lastFailure).containsEntry("exception", IllegalStateException.class.getName())
			.containsEntry("message", "cannot close: printer on fire");
		assertThat(Instant.parse((String) lastFailure.get("time"))).isBetween(before, after);
	}

	private DocumentContext endpoint() throws Exception {
		String body = this.mvc.perform(get("/actuator/signals"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.parse(body);
	}

	private static Map<String, Object> receiver(DocumentContext json, String name) {
		List<Map<String, Object>> found = json.read("$.receivers[?(@.name == '" + name + "')]");
		assertThat(found).as("receiver %s in %s", name, json.jsonString()).hasSize(1);
		return found.get(0);
	}

	private static final class NamedReceiver implements Receiver<Object> {

		@Override
		public Object receive(Object payload) {
			return null;
		}

		@Override
		public String toString() {
			return "closing log";
		}

	}

}
