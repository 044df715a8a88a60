/**
 * Test support, in the {@code signals-spring-boot-test} module added with test scope:
 * {@link dev.signals.test.RecordSignals} records every signal a test sends and waits for
 * the receivers, {@link dev.signals.test.MuteSignals} sends none.
 */
@NullMarked
package dev.signals.test;

import org.jspecify.annotations.NullMarked;
