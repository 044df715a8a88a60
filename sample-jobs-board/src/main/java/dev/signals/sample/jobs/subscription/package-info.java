/**
 * Subscribing to a job: the form, the service that stores a subscription through its job, and
 * the custom signals sent when someone subscribes.
 */
package dev.signals.sample.jobs.subscription;
