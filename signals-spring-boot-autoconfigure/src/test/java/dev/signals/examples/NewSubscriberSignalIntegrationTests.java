package dev.signals.examples;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.signals.Signal;
import dev.signals.examples.SentMail.CompanyEmail;
import dev.signals.examples.SubscriptionSignals.NewSubscriber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's custom signal: declared by {@link SubscriptionSignals}, sent by
 * {@link Subscriptions}, received by {@link CompanyEmails} through its payload type alone.
 */
@SpringBootTest(classes = ExamplesTestApplication.class)
class NewSubscriberSignalIntegrationTests {

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private SubscriptionRepository stored;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private Signal<NewSubscriber> newSubscriber;

	@Autowired
	private SentMail mail;

	@BeforeEach
	void clear() {
		this.mail.clear();
	}

	@Test
	void theSignalIsTheBeanNamedNewSubscriber() {
		assertThat(this.newSubscriber.name()).isEqualTo("new_subscriber");
		assertThat(this.newSubscriber.payloadType()).isEqualTo(NewSubscriber.class);
	}

	@Test
	void subscribingEmailsTheCompanyThroughTheSignal() {
		Job job = this.jobs.save(new Job("Backend Engineer", "Java, SQL"));

		this.subscriptions.subscribe(job, "ada@example.com");

		assertThat(this.stored.findByJobId(job.getId())).extracting(Subscription::getEmail)
			.containsExactly("ada@example.com");
		assertThat(this.mail.companyEmails()).containsExactly(new CompanyEmail(job.getId(), "ada@example.com"));
	}

}
