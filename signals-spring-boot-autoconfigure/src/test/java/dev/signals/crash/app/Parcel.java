package dev.signals.crash.app;

/**
 * The payload of the {@code parcel_shipped} signal.
 *
 * @param number the parcel's number, unique per test run
 */
public record Parcel(String number) {
}
