/**
 * Job postings and the public pages that list them, with the aggregate a job roots: its
 * subscriptions and their subscribers, stored and removed through the job by cascade. Knows
 * nothing of subscribing nor of notifications.
 */
package dev.signals.sample.jobs.job;
