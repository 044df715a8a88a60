package dev.signals;

import java.util.Objects;

/**
 * A custom signal: a name unique in the application and the type of the payload it carries.
 * Declare one by exposing it as a bean, then send it with {@link Signals#send}:
 *
 * <pre class="code">
 * &#64;Bean
 * Signal&lt;NewSubscriber&gt; newSubscriber() {
 *     return Signal.named("new_subscriber", NewSubscriber.class);
 * }
 * </pre>
 *
 * @param <T> the payload type
 * @since 0.1.0
 */
public final class Signal<T> {

	private final String name;

	private final Class<T> payloadType;

	private Signal(String name, Class<T> payloadType) {
		this.name = name;
		this.payloadType = payloadType;
	}

	/**
	 * Create a custom signal.
	 * @param <T> the payload type
	 * @param name the signal's name, unique in the application and not a model signal's
	 * @param payloadType the type of the payload receivers get
	 * @return the signal
	 * @throws IllegalArgumentException if the name is blank or one of the {@link ModelSignals}
	 */
	public static <T> Signal<T> named(String name, Class<T> payloadType) {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(payloadType, "payloadType must not be null");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A signal name must not be blank");
		}
		if (ModelSignals.isModelSignal(name)) {
			throw new IllegalArgumentException("'" + name
					+ "' is a model signal sent by Hibernate; give the custom signal another name");
		}
		return new Signal<>(name, payloadType);
	}

	/**
	 * The signal's name, as receivers refer to it.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The type of the payload this signal carries.
	 * @return the payload type
	 */
	public Class<T> payloadType() {
		return this.payloadType;
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof Signal<?> signal && this.name.equals(signal.name)
				&& this.payloadType.equals(signal.payloadType));
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return "Signal '" + this.name + "' (" + this.payloadType.getName() + ")";
	}

}
