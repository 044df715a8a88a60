package dev.signals.examples;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Change;
import dev.signals.examples.SentMail.TitleChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first example, {@link JobNotifications}: a committed change of a job's title,
 * and only that, tells its subscribers the old and the new title.
 */
@SpringBootTest(classes = ExamplesTestApplication.class)
class JobNotificationsIntegrationTests {

	@Autowired
	private JobRepository jobs;

	@Autowired
	private SentMail mail;

	@Autowired
	private TransactionTemplate transaction;

	@BeforeEach
	void clear() {
		this.mail.clear();
	}

	@Test
	void renamingAJobTellsItsSubscribersTheOldAndTheNewTitle() {
		Long id = this.jobs.save(new Job("Backend Engineer", "Java, SQL")).getId();

		this.transaction.executeWithoutResult(
				(status) -> this.jobs.findById(id).orElseThrow().setTitle("Senior Backend Engineer"));

		assertThat(this.mail.titleChanges())
			.containsExactly(new TitleChange(id, new Change("Backend Engineer", "Senior Backend Engineer")));
	}

	@Test
	void creatingAJobOrChangingOnlyItsDescriptionTellsNobody() {
		Long id = this.jobs.save(new Job("Data Analyst", "SQL")).getId();

		this.transaction
			.executeWithoutResult((status) -> this.jobs.findById(id).orElseThrow().setDescription("SQL, Python"));

		assertThat(this.jobs.findById(id)).hasValueSatisfying(
				(job) -> assertThat(job.getDescription()).isEqualTo("SQL, Python"));
		assertThat(this.mail.titleChanges()).isEmpty();
	}

	@Test
	void aRenameThatRollsBackTellsNobody() {
		Long id = this.jobs.save(new Job("Backend Engineer", "Java, SQL")).getId();

		this.transaction.executeWithoutResult((status) -> {
			this.jobs.findById(id).orElseThrow().setTitle("Senior Backend Engineer");
			// the update is written, so post_save is sent, before the transaction rolls back
			this.jobs.flush();
			status.setRollbackOnly();
		});

		assertThat(this.jobs.findById(id)).hasValueSatisfying(
				(job) -> assertThat(job.getTitle()).isEqualTo("Backend Engineer"));
		assertThat(this.mail.titleChanges()).isEmpty();
	}

}
