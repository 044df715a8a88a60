/**
 * Durable delivery: the delivery records of durable receivers, their attempts and retries.
 * Not part of the public API.
 */
@NullMarked
package dev.signals.delivery;

import org.jspecify.annotations.NullMarked;
