/**
 * Job postings and the public pages that list them. Knows nothing of notifications.
 */
package dev.signals.sample.jobs.job;
