package dev.signals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Dispatches no signal while the test method runs, on the test's thread, as if it ran inside
 * {@link dev.signals.Signals#muted(Runnable)}: entities are written, no receiver is called and
 * nothing is recorded. On a class, applies to each of its test methods. The test's
 * {@code @BeforeEach} and {@code @AfterEach} methods are not muted, nor is work the test hands
 * to other threads.
 *
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MuteSignals {

}
