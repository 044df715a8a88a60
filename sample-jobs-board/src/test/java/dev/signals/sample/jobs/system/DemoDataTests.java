package dev.signals.sample.jobs.system;

import java.util.List;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.JobRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class DemoDataTests {

	private final JobRepository jobs = mock(JobRepository.class);

	@Test
	void fillsAnEmptyBoard() {
		given(this.jobs.count()).willReturn(0L);

		new DemoData(this.jobs).run(null);

		then(this.jobs).should().saveAll(argThat((List<Job> saved) -> saved.size() == DemoData.jobs().size()));
	}

	@Test
	void leavesABoardWithJobsAlone() {
		given(this.jobs.count()).willReturn(3L);

		new DemoData(this.jobs).run(null);

		then(this.jobs).should().count();
		then(this.jobs).shouldHaveNoMoreInteractions();
	}

	@Test
	void demoJobsComeFromSeveralCompanies() {
		assertThat(DemoData.jobs()).hasSizeGreaterThanOrEqualTo(3)
			.extracting(Job::getCompany)
			.doesNotHaveDuplicates();
	}

}
