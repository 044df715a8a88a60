package dev.signals.sample.jobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The jobs board: people subscribe to job postings, and the {@code notification} package
 * reacts to what happens to jobs and subscriptions through signals alone.
 */
@SpringBootApplication
public class JobsBoardApplication {

	public static void main(String[] args) {
		SpringApplication.run(JobsBoardApplication.class, args);
	}

}
