/**
 * Auto-configuration of the signals dispatcher and its Hibernate bridge. Not part of the
 * public API.
 */
@NullMarked
package dev.signals.autoconfigure;

import org.jspecify.annotations.NullMarked;
