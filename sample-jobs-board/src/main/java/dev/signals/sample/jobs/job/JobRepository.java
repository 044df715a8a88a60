package dev.signals.sample.jobs.job;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stores jobs. Writes through it send the model signals; bulk deletes do not.
 */
public interface JobRepository extends JpaRepository<Job, Long> {

	List<Job> findByOpenTrueOrderByCreatedAtDescIdDesc();

	List<Job> findAllByOrderByCreatedAtDescIdDesc();

}
