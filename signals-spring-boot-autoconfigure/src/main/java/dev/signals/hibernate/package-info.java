/**
 * The Hibernate bridge: turns every entity write of every session factory into model signals.
 * Not part of the public API.
 */
@NullMarked
package dev.signals.hibernate;

import org.jspecify.annotations.NullMarked;
