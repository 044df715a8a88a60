package dev.signals.sample.jobs.notification;

import java.util.List;
import java.util.Map;

import dev.signals.Change;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscriber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsTests {

	private final Job job = new Job("Northwind", "jobs@northwind.example", "Senior Backend Engineer", "Java");

	@Test
	void aChangedJobListsTheOldAndNewValuesOfWhatChanged() {
		Email email = Emails.jobChanged("ann@example.com", this.job,
				Map.of("title", new Change("Backend Engineer", "Senior Backend Engineer"), "modifiedAt",
						new Change(1, 2)));

		assertThat(email.to()).isEqualTo("ann@example.com");
		assertThat(email.subject()).isEqualTo("Update to \"Senior Backend Engineer\" at Northwind");
		assertThat(email.body()).contains("Title\n  was: Backend Engineer\n  now: Senior Backend Engineer")
			.doesNotContain("Details", "modifiedAt", "closed");
	}

	@Test
	void aClosedJobSaysItTakesNoMoreSubscribers() {
		Email email = Emails.jobChanged("ann@example.com", this.job, Map.of("open", new Change(true, false)));

		assertThat(email.body()).contains("now closed and takes no more subscribers").doesNotContain("Title");
	}

	@Test
	void theCompanyHearsWhoSubscribed() {
		Email email = Emails.newSubscriber(this.job, new Subscriber("ann@example.com"));

		assertThat(email.to()).isEqualTo("jobs@northwind.example");
		assertThat(email.body()).contains("Hello Northwind", "ann@example.com has just subscribed");
	}

	@Test
	void aTakenDownJobIsNamedWithItsCompany() {
		Email email = Emails.jobTakenDown("ann@example.com",
				new JobTakenDown("Backend Engineer", "Northwind", List.of("ann@example.com")));

		assertThat(email.subject()).isEqualTo("\"Backend Engineer\" was taken down");
		assertThat(email.body()).contains("\"Backend Engineer\" by Northwind has been taken down");
	}

}
