package dev.signals.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SignalsTestApplication.class,
		properties = { "signals.delivery.initial-interval=500ms", "signals.delivery.poll-interval=100ms",
				"signals.delivery.max-attempts=3" })
@Import(EntityPayloadIntegrationTests.SubscriberReceivers.class)
class EntityPayloadIntegrationTests {

	static final Signal<NewSubscriber> NEW_SUBSCRIBER = Signal.named("new_subscriber", NewSubscriber.class);

	@Autowired
	private Signals signals;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private SubscriberReceivers receivers;

	@BeforeEach
	void clean() {
		TestData.clean(this.signals, this.jdbc);
		this.jdbc.update("delete from signals_delivery");
		this.receivers.received.clear();
		this.receivers.failures.set(1);
	}

	@Test
	void anEntityInACustomPayloadIsStoredByIdAndReloadedOnARetry() {
		Job sent = this.transaction.execute((status) -> {
			Job job = new Job("Baker", "Early shifts");
			job.subscribe("first@example.com");
			this.jobs.save(job);
			this.signals.send(NEW_SUBSCRIBER, Job.class, new NewSubscriber(job, "ann@example.com"));
			return job;
		});
		// the first attempt ran and failed after the commit; the retry reads the stored JSON
		assertThat(this.receivers.received).isEmpty();
		this.signals.muted(() -> this.jdbc.update("update it_jobs set details = ? where id = ?", "Late shifts",
				sent.getId()));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.receivers.received).hasSize(1));
		NewSubscriber received = this.receivers.received.get(0);
		assertThat(received.job()).isNotSameAs(sent);
		assertThat(received.job().getId()).isEqualTo(sent.getId());
		assertThat(received.job().getTitle()).isEqualTo("Baker");
		assertThat(received.job().getDetails()).as("loaded from the database").isEqualTo("Late shifts");
		assertThat(received.email()).isEqualTo("ann@example.com");
	}

	@Test
	void anEntityDeletedBeforeTheRetryArrivesAsACopyOfItsAttributesAsSent() {
		Job sent = this.transaction.execute((status) -> {
			Job job = this.jobs.save(new Job("Baker", "Early shifts"));
			job.subscribe("first@example.com");
			this.signals.send(NEW_SUBSCRIBER, Job.class, new NewSubscriber(job, "ann@example.com"));
			return job;
		});
		this.signals.muted(() -> {
			this.jdbc.update("delete from it_subscriptions");
			this.jdbc.update("delete from it_jobs where id = ?", sent.getId());
		});
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.receivers.received).hasSize(1));
		Job copy = this.receivers.received.get(0).job();
		assertThat(copy).isNotSameAs(sent);
		assertThat(copy.getId()).isEqualTo(sent.getId());
		assertThat(copy.getTitle()).isEqualTo("Baker");
		assertThat(copy.getDetails()).isEqualTo("Early shifts");
		assertThat(copy.getSubscriptions()).as("associations are not stored").isEmpty();
	}

	record NewSubscriber(Job job, String email) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SubscriberReceivers {

		final List<NewSubscriber> received = new CopyOnWriteArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		@Bean
		Signal<NewSubscriber> newSubscriber() {
			return NEW_SUBSCRIBER;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void subscribed(NewSubscriber subscriber) {
			if (this.failures.getAndDecrement() > 0) {
				throw new IllegalStateException("mail server is down");
			}
			this.received.add(subscriber);
		}

	}

}
