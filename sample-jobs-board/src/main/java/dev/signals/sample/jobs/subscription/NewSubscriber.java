package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscriber;

/**
 * The payload of the {@code new_subscriber} signal: someone subscribed to a job.
 *
 * @param job the job
 * @param subscriber who subscribed
 */
public record NewSubscriber(Job job, Subscriber subscriber) {
}
