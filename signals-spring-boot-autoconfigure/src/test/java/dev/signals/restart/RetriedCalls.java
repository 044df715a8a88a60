package dev.signals.restart;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.signals.Deliveries;
import dev.signals.SignalInterceptor;
import dev.signals.SignalInvocation;

/**
 * What the restarted application's durable receivers were called with, by delivery id. The
 * first attempt of each delivery fails, so that the next one reads the stored call back. Both
 * class loaders share this class: the restarting one leaves it to its parent.
 */
public final class RetriedCalls implements SignalInterceptor {

	private final Map<String, Object> failed = new ConcurrentHashMap<>();

	private final Map<String, Object> payloads = new ConcurrentHashMap<>();

	private final Map<String, Class<?>> senders = new ConcurrentHashMap<>();

	/**
	 * Called by a receiver with what it received: fails on the first attempt of the delivery.
	 */
	public void receive(Object payload) {
		String id = Deliveries.currentId().orElseThrow(() -> new IllegalStateException("Not a durable delivery"));
		if (this.failed.putIfAbsent(id, payload) == null) {
			throw new IllegalStateException("The first attempt of delivery " + id + " fails");
		}
		this.payloads.put(id, payload);
	}

	/**
	 * Keeps the sender of each durable call that reaches its receiver.
	 */
	@Override
	public @Nullable Object intercept(SignalInvocation invocation) {
		Class<?> sender = invocation.sender();
		Deliveries.currentId().filter((id) -> sender != null).ifPresent((id) -> this.senders.put(id, sender));
		return invocation.proceed();
	}

	/**
	 * The deliveries whose first attempt failed with a payload, as it was sent, that matches.
	 */
	Set<String> failedWith(Predicate<Object> sent) {
		Set<String> ids = new HashSet<>();
		this.failed.forEach((id, payload) -> {
			if (sent.test(payload)) {
				ids.add(id);
			}
		});
		return ids;
	}

	@Nullable Object payload(String id) {
		return this.payloads.get(id);
	}

	@Nullable Class<?> sender(String id) {
		return this.senders.get(id);
	}

}
