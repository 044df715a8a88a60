package dev.signals.benchmarks.dispatch;

/**
 * The payload of the custom signal and of the Spring event.
 */
public record Ping(int value) {
}
