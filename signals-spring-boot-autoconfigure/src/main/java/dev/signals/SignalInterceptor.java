package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * Runs around every receiver call, whatever its signal and phase: declare one as a bean, and
 * order several with {@code @Order} or {@link org.springframework.core.Ordered}, lowest outermost.
 * An interceptor sees the signal, sender, payload and receiver; it may skip the call by not
 * proceeding, wrap it (an MDC entry, a security context) or observe its outcome.
 *
 * <pre class="code">
 * &#64;Bean
 * SignalInterceptor mdc() {
 *     return (invocation) -&gt; {
 *         try (var entry = MDC.putCloseable("signal", invocation.signal())) {
 *             return invocation.proceed();
 *         }
 *     };
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SignalInterceptor {

	/**
	 * Intercept one receiver call.
	 * @param invocation the call; {@link SignalInvocation#proceed()} runs the next interceptor or
	 * the receiver
	 * @return the receiver's response, or what to return instead when skipping it
	 */
	@Nullable Object intercept(SignalInvocation invocation);

}
