package dev.signals.sample.jobs;

import dev.signals.Phase;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobRepository;
import dev.signals.sample.jobs.notification.Notification;
import dev.signals.sample.jobs.notification.NotificationRepository;
import dev.signals.sample.jobs.subscription.NewSubscriber;
import dev.signals.sample.jobs.subscription.SubscriptionService;
import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example. Closed after the class as every end-to-end test of the sample: they
 * share one database, and an application left running would deliver the others' emails.
 */
@SpringBootTest
@RecordSignals
@DirtiesContext
class SubscriptionSignalsIntegrationTests {

	@Autowired
	private RecordedSignals recorded;

	@Autowired
	private SubscriptionService subscriptions;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private NotificationRepository notifications;

	@Test
	void subscribingTellsTheCompany() {
		Job job = this.jobs.save(new Job("Initech", "jobs@initech.example", "Backend Engineer", "Java, SQL"));

		this.subscriptions.subscribe(job.getId(), "ada@example.com");

		// one entry per send, whatever phases its receivers run in
		assertThat(this.recorded.ofType(NewSubscriber.class)).singleElement()
			.extracting((event) -> event.subscriber().getEmail())
			.isEqualTo("ada@example.com");
		assertThat(this.recorded.ofType(NewSubscriber.class).inPhase(Phase.AFTER_COMMIT)).hasSize(1);
		// the company is emailed by an async, durable receiver: wait until it has run
		this.recorded.awaitReceivers();
		assertThat(this.notifications.findAll()).extracting(Notification::getRecipient).contains("jobs@initech.example");
	}

	@Test
	void deletingAJobNobodySubscribedToEmailsNobody() {
		Job job = this.jobs.save(new Job("Initech", "jobs@initech.example", "Data Analyst", "SQL"));

		this.jobs.delete(job);

		// waits for the receivers first: one of them could still send it
		this.recorded.assertNotSent("job_taken_down");
	}

}
