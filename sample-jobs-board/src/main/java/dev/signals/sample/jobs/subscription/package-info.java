/**
 * Subscribers, their subscriptions to jobs, and the custom signals sent when someone subscribes.
 */
package dev.signals.sample.jobs.subscription;
