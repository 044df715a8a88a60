package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Job;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts an empty subscribe form on the job pages, so the job package needs to know nothing
 * of subscribing. A form sent back with errors is already in the model and stays.
 */
@ControllerAdvice(basePackageClasses = Job.class)
class SubscribeFormAdvice {

	@ModelAttribute("subscribeForm")
	SubscribeForm subscribeForm() {
		return new SubscribeForm();
	}

}
