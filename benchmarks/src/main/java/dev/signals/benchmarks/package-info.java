/**
 * JMH benchmarks of the signals starter: dispatch, entity writes, startup.
 */
package dev.signals.benchmarks;
