package dev.signals.sample.jobs.job;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class JobRepositoryTests {

	@Autowired
	private JobRepository jobs;

	@Test
	void listsTheOpenJobsNewestFirst() {
		Job first = this.jobs.save(new Job("Northwind", "jobs@northwind.example", "Backend Engineer", null));
		Job closed = new Job("Contoso", "jobs@contoso.example", "Data Analyst", null);
		closed.close();
		this.jobs.save(closed);
		Job last = this.jobs.save(new Job("Fabrikam", "jobs@fabrikam.example", "Frontend Developer", null));

		assertThat(this.jobs.findByOpenTrueOrderByCreatedAtDescIdDesc()).containsExactly(last, first);
		assertThat(this.jobs.findAllByOrderByCreatedAtDescIdDesc()).hasSize(3);
	}

	@Test
	void stampsCreationAndModificationTimes() {
		Job job = this.jobs.saveAndFlush(new Job("Northwind", "jobs@northwind.example", "Backend Engineer", null));

		assertThat(job.getCreatedAt()).isNotNull();
		assertThat(job.getModifiedAt()).isNotNull();
		assertThat(job.isOpen()).isTrue();
	}

}
