/**
 * The jobs board sample: a Django tutorial's jobs board re-created on the Signals starter.
 */
package dev.signals.sample.jobs;
