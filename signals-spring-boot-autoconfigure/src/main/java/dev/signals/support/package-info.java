/**
 * The dispatcher behind {@link dev.signals.Signals}: receiver registry, receiver discovery and
 * transaction phases. Not part of the public API.
 */
@NullMarked
package dev.signals.support;

import org.jspecify.annotations.NullMarked;
