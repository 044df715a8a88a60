/**
 * The {@code signals} actuator endpoint: the application's signals, receivers and their live counts.
 */
@NullMarked
package dev.signals.actuate;

import org.jspecify.annotations.NullMarked;
