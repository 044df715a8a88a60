/**
 * Transaction phases: runs receivers before commit and after completion of the Spring-managed
 * transaction that sends their signal. Not part of the public API.
 */
@NullMarked
package dev.signals.transaction;

import org.jspecify.annotations.NullMarked;
