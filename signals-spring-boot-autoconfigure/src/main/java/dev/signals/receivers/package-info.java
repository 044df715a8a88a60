/**
 * Receiver discovery: finds {@link dev.signals.SignalReceiver} methods, checks that each can
 * work and connects it. Not part of the public API.
 */
@NullMarked
package dev.signals.receivers;

import org.jspecify.annotations.NullMarked;
