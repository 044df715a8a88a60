/**
 * The dispatcher behind {@link dev.signals.Signals}: the registry of connected receivers, and
 * the calls through interceptors and observations. Not part of the public API.
 */
@NullMarked
package dev.signals.dispatch;

import org.jspecify.annotations.NullMarked;
