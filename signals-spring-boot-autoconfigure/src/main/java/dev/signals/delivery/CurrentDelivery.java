package dev.signals.delivery;

import org.jspecify.annotations.Nullable;

/**
 * The delivery the current thread runs, behind {@link dev.signals.Deliveries#currentId()}.
 *
 * @since 0.1.0
 */
public final class CurrentDelivery {

	private static final ThreadLocal<@Nullable String> current = new ThreadLocal<>();

	private CurrentDelivery() {
	}

	public static @Nullable String id() {
		return current.get();
	}

	static void run(String id, Runnable action) {
		String previous = current.get();
		current.set(id);
		try {
			action.run();
		}
		finally {
			if (previous != null) {
				current.set(previous);
			}
			else {
				current.remove();
			}
		}
	}

}
