package dev.signals.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.Delivery.Status;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SignalsTestApplication.class,
		properties = { "signals.delivery.initial-interval=50ms", "signals.delivery.poll-interval=100ms",
				"signals.delivery.max-attempts=3" })
@Import(StoredPayloadIntegrationTests.NoticeReceivers.class)
class StoredPayloadIntegrationTests {

	static final Signal<Notice> NOTICE_POSTED = Signal.named("notice_posted", Notice.class);

	/** The bean name of an imported configuration class is its class name. */
	static final String RECEIVER = NoticeReceivers.class.getName() + ".posted";

	@Autowired
	private Signals signals;

	@Autowired
	private Deliveries deliveries;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private NoticeReceivers receivers;

	@BeforeEach
	void clean() {
		TestData.clean(this.signals, this.jdbc);
		this.jdbc.update("delete from signals_delivery");
		this.receivers.notices.clear();
	}

	@Test
	void aRecordNamingAPayloadClassThatNoLongerExistsIsDeliveredAsTheSignalsPayloadType() {
		String id = "5b0c7d2e-0000-4000-8000-000000000001";
		insert(id, RECEIVER, "notice_posted", "com.example.old.RenamedNotice", "{\"text\":\"moved\"}");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.receivers.notices).containsExactly(id + ":moved"));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.deliveries.find(id)).get()
				.extracting(Delivery::status)
				.isEqualTo(Status.COMPLETED));
	}

	@Test
	void anUnreadableRecordGoesDeadAtOnceAndAnotherDueInTheSamePollIsDelivered() {
		String unreadable = "5b0c7d2e-0000-4000-8000-000000000002";
		String readable = "5b0c7d2e-0000-4000-8000-000000000003";
		insert(unreadable, RECEIVER, "notice_posted", Notice.class.getName(), "{\"text\":");
		insert(readable, RECEIVER, "notice_posted", Notice.class.getName(), "{\"text\":\"kept\"}");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.deliveries.find(unreadable)).get()
				.extracting(Delivery::status)
				.isEqualTo(Status.DEAD));
		Delivery dead = this.deliveries.find(unreadable).orElseThrow();
		assertThat(dead.attempts()).as("no retry reads it better").isEqualTo(1);
		assertThat(dead.lastError()).contains(unreadable, RECEIVER, "cannot be read", "end-of-input");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.receivers.notices).containsExactly(readable + ":kept"));
	}

	@Test
	void aRecordOfAReceiverNotConnectedToItsSignalGoesDeadAtOnce() {
		String id = "5b0c7d2e-0000-4000-8000-000000000004";
		insert(id, RECEIVER, "notice_withdrawn", Notice.class.getName(), "{\"text\":\"orphan\"}");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.deliveries.find(id)).get()
				.extracting(Delivery::status)
				.isEqualTo(Status.DEAD));
		Delivery dead = this.deliveries.find(id).orElseThrow();
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(dead.lastError()).contains(id, RECEIVER, "notice_withdrawn", "no durable receiver");
		assertThat(this.receivers.notices).isEmpty();
	}

	/** What an instance that died before attempting the call leaves in the table. */
	private void insert(String id, String receiver, String signal, String payloadType, String payload) {
		this.jdbc.update("insert into signals_delivery (id, receiver, signal_name, sender, payload_type, payload, status, "
				+ "attempts, next_attempt_at, locked_until, locked_by, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', "
				+ "0, 0, 1, 'dead-instance', 0)", id, receiver, signal, null, payloadType, payload);
	}

	record Notice(String text) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class NoticeReceivers {

		final List<String> notices = new CopyOnWriteArrayList<>();

		@Bean
		Signal<Notice> noticePosted() {
			return NOTICE_POSTED;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void posted(Notice notice) {
			this.notices.add(Deliveries.currentId().orElse("none") + ":" + notice.text());
		}

	}

}
