package dev.signals.sample.jobs.notification;

import dev.signals.Signal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The custom signal this package sends to itself to carry data from an {@code IMMEDIATE}
 * receiver to an {@code AFTER_COMMIT} one, as Django's {@code transaction.on_commit}.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSignals {

	static final Signal<JobTakenDown> JOB_TAKEN_DOWN = Signal.named("job_taken_down", JobTakenDown.class);

	@Bean
	Signal<JobTakenDown> jobTakenDownSignal() {
		return JOB_TAKEN_DOWN;
	}

}
