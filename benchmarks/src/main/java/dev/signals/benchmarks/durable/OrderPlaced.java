package dev.signals.benchmarks.durable;

/**
 * The payload of every durable delivery: the custom signal's payload for signals, the
 * application event for Spring Modulith. Both store it as JSON with the application's mapper.
 *
 * @param number the order number
 * @param customer who placed it
 * @param cents the amount
 */
public record OrderPlaced(long number, String customer, long cents) {

}
