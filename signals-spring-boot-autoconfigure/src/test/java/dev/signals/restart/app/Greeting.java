package dev.signals.restart.app;

/**
 * The payload of the custom signal {@code greeted}.
 */
public record Greeting(String text) {
}
