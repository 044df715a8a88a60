/**
 * Test support: {@link dev.signals.test.RecordSignals} records every signal a test sends,
 * {@link dev.signals.test.MuteSignals} sends none. Needs {@code spring-test}.
 */
@NullMarked
package dev.signals.test;

import org.jspecify.annotations.NullMarked;
