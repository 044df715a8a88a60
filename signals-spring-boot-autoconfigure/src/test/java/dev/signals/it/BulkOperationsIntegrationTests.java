package dev.signals.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.Signals;
import dev.signals.hibernate.BulkOperationInspector.BulkOperationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class BulkOperationsIntegrationTests {

	abstract static class BulkOperations {

		@Autowired
		Signals signals;

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		JobRepository jobs;

		@Autowired
		ArticleRepository articles;

		@BeforeEach
		void cleanDatabase() {
			TestData.clean(this.signals, this.jdbc);
			this.jobs.save(new Job("Baker", "Bread"));
		}

	}

	@Nested
	@SpringBootTest(classes = SignalsTestApplication.class)
	class ByDefault extends BulkOperations {

		@Test
		void bulkUpdateWarnsNamingTheSaveReceiversThatWillNotRun(CapturedOutput output) {
			assertThat(this.jobs.closeAll()).isOne();
			assertThat(output).contains("WARN")
				.contains("A bulk update of Job")
				.contains("recordingReceivers.jobPostSave (post_save)")
				.contains("recordingReceivers.jobPreSave (pre_save)")
				.doesNotContain("jobPreDelete (pre_delete)");
		}

		@Test
		void deleteAllInBatchWarnsNamingTheDeleteReceiversThatWillNotRun(CapturedOutput output) {
			this.signals.muted(() -> this.jdbc.update("delete from it_subscriptions"));
			this.jobs.deleteAllInBatch();
			assertThat(this.jobs.count()).isZero();
			assertThat(output).contains("A bulk delete of Job")
				.contains("recordingReceivers.jobPreDelete (pre_delete)")
				.contains("recordingReceivers.jobPostDelete (post_delete)");
		}

		@Test
		void entityWritesAndBulkOperationsOnEntitiesWithoutSuchReceiversDoNotWarn(CapturedOutput output) {
			Job job = this.jobs.findAll().get(0);
			job.setTitle("Chef");
			this.jobs.save(job);
			this.jobs.deleteById(job.getId());
			this.articles.deleteAllInBatch();
			assertThat(output).doesNotContain("A bulk");
		}

	}

	@Nested
	@SpringBootTest(classes = SignalsTestApplication.class, properties = "signals.bulk-operations=fail")
	class WhenRefused extends BulkOperations {

		@Test
		void bulkUpdateIsRefusedBeforeItRuns() {
			assertThatThrownBy(this.jobs::closeAll).hasRootCauseInstanceOf(BulkOperationException.class)
				.rootCause()
				.hasMessageContaining("recordingReceivers.jobPostSave (post_save)");
			assertThat(this.jdbc.queryForObject("select count(*) from it_jobs where active = true", Long.class))
				.isOne();
		}

	}

	@Nested
	@SpringBootTest(classes = SignalsTestApplication.class, properties = "signals.bulk-operations=ignore")
	class WhenIgnored extends BulkOperations {

		@Test
		void bulkUpdateRunsSilently(CapturedOutput output) {
			assertThat(this.jobs.closeAll()).isOne();
			assertThat(output).doesNotContain("A bulk");
		}

	}

}
