package dev.signals.sample.jobs.job;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No job has the requested id; rendered as the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class JobNotFoundException extends RuntimeException {

	public JobNotFoundException(long id) {
		super("No job with id " + id);
	}

}
