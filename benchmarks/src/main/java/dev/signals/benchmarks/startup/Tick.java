package dev.signals.benchmarks.startup;

/**
 * The payload of the custom signal the generated receivers listen to.
 */
public record Tick(long at) {
}
