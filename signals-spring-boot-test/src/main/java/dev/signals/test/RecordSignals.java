package dev.signals.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records every signal the test class's application context sends, model and custom, with
 * the phases each send reaches, into an injectable {@link RecordedSignals}; the recordings
 * are cleared before each test method runs, after its {@code @BeforeEach} methods. Works with
 * {@code @SpringBootTest} and with test slices that include the starter's auto-configuration,
 * such as {@code @DataJpaTest}.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;RecordSignals
 * class SubscriptionTests {
 *
 *     &#64;Autowired
 *     RecordedSignals recorded;
 *
 *     &#64;Test
 *     void subscribingSendsNewSubscriber() {
 *         subscriptions.subscribe(job.getId(), "ada@example.com");
 *         assertThat(recorded.ofType(NewSubscriber.class)).singleElement()
 *             .extracting((event) -&gt; event.subscriber().getEmail()).isEqualTo("ada@example.com");
 *     }
 *
 * }
 * </pre>
 *
 * The recorders observe each signal before its receivers in every phase, so a signal is
 * recorded even when a receiver fails. They are no receivers: {@link dev.signals.Signals#send}
 * returns no response of theirs, {@link dev.signals.Signals#hasReceivers} does not count them,
 * and no {@link dev.signals.SignalInterceptor} sees or skips them. A send is recorded once,
 * whatever phases it reaches.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RecordSignals {

}
