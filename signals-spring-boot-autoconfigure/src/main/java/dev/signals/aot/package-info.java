/**
 * Ahead-of-time processing: the runtime hints a native image needs for receivers, durable
 * payloads and the delivery table's scripts. Not part of the public API.
 */
@NullMarked
package dev.signals.aot;

import org.jspecify.annotations.NullMarked;
