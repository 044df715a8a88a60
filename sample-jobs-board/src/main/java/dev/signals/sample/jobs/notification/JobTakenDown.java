package dev.signals.sample.jobs.notification;

import java.util.List;

/**
 * The payload of the {@code job_taken_down} signal: a job is being deleted, with the
 * addresses of its subscribers read while their subscriptions still existed.
 *
 * @param title the job's title
 * @param company the job's company
 * @param subscribers the subscribers' email addresses
 */
record JobTakenDown(String title, String company, List<String> subscribers) {
}
