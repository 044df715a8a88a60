/**
 * JMH benchmarks of the signals starter: dispatch, entity writes, startup, durable delivery.
 */
package dev.signals.benchmarks;
