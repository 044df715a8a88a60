package dev.signals;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.aot.hint.annotation.Reflective;
import org.springframework.core.annotation.AliasFor;

/**
 * Connects a method of a Spring bean to one or more signals, as Django's {@code @receiver}.
 * <p>
 * The method takes one parameter: the event of a model signal ({@link PreSave},
 * {@link PostSave}, {@link PreDelete}, {@link PostDelete}, or {@link ModelEvent} for several)
 * or the payload of a custom signal. It may return a value, which {@link Signals#send}
 * returns as the receiver's response. Receivers run in {@code @Order} order (on the method or
 * the bean), lowest first; ties run in the order the receivers were connected. A method that
 * cannot work fails the application's startup with a message naming it. Like
 * {@code @EventListener}, it is {@link Reflective @Reflective}: ahead-of-time processing
 * registers the method for invocation, so receivers work in a native image.
 *
 * <pre class="code">
 * &#64;SignalReceiver
 * void jobSaved(PostSave&lt;Job&gt; event) {
 *     if (event.hasChanged("title")) { ... }
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective
public @interface SignalReceiver {

	/**
	 * Alias for {@link #signal()}.
	 * @return the signal names
	 */
	@AliasFor("signal")
	String[] value() default {};

	/**
	 * The names of the signals to receive. May be omitted when the parameter says it: a model
	 * event type names its model signal, a payload type declared by exactly one custom signal
	 * names that signal.
	 * @return the signal names
	 */
	@AliasFor("value")
	String[] signal() default {};

	/**
	 * Receive only signals sent by these senders (subclasses included): for model signals the
	 * entity classes. Omitted, any sender, except that for model signals the event's type
	 * argument ({@code PostSave<Job>}) limits it to that entity.
	 * @return the sender classes
	 */
	Class<?>[] sender() default {};

	/**
	 * When the receiver runs relative to the sending transaction.
	 * @return the phase
	 */
	Phase phase() default Phase.IMMEDIATE;

	/**
	 * Whether to run the receiver on Spring Boot's application task executor (virtual threads
	 * with {@code spring.threads.virtual.enabled=true}) instead of the thread that ended the
	 * transaction, which does not wait for it. Only for the phases after the transaction's end:
	 * {@link Phase#AFTER_COMMIT}, {@link Phase#AFTER_ROLLBACK} and {@link Phase#AFTER_COMPLETION}.
	 * @return whether the receiver runs asynchronously
	 */
	boolean async() default false;

	/**
	 * Whether the receiver's call must not be lost: a delivery record is written in the same
	 * transaction as the write that sent the signal, so it exists exactly when that write
	 * committed; after the commit the receiver runs, and a failure is retried with backoff
	 * ({@code signals.delivery.*}), also by the next application instance to start if this one
	 * dies first. The receiver may read its delivery's stable id from
	 * {@link Deliveries#currentId()} to be idempotent. Only with {@link Phase#AFTER_COMMIT}.
	 * @return whether the receiver's calls are durable
	 */
	boolean durable() default false;

	/**
	 * A unique identifier for this receiver per signal and sender: a second receiver with the
	 * same identifier is not connected, as Django's {@code dispatch_uid}.
	 * @return the identifier, empty for none
	 */
	String dispatchUid() default "";

}
