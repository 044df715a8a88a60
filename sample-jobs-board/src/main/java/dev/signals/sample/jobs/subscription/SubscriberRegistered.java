package dev.signals.sample.jobs.subscription;

import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscriber;

/**
 * The payload of the {@code subscriber_registered} signal: an email subscribed for the first
 * time.
 *
 * @param subscriber the new subscriber
 * @param job the job of the first subscription
 */
public record SubscriberRegistered(Subscriber subscriber, Job job) {
}
