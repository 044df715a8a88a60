package dev.signals;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;

/**
 * How a receiver connected in code filters and runs, the counterpart of the attributes of
 * {@link SignalReceiver}.
 *
 * @param sender receive only signals of this sender and its subclasses; {@code null} for any
 * @param phase when the receiver runs
 * @param dispatchUid a unique identifier per signal and sender; {@code null} for none
 * @param order the receiver's order, lower first
 * @param async whether the receiver runs on the application task executor, see
 * {@link SignalReceiver#async()}
 * @since 0.1.0
 */
public record ConnectOptions(@Nullable Class<?> sender, Phase phase, @Nullable String dispatchUid, int order,
		boolean async) {

	/**
	 * Any sender, {@link Phase#IMMEDIATE}, no dispatch uid, lowest precedence, synchronous.
	 */
	public static final ConnectOptions DEFAULTS = new ConnectOptions(null, Phase.IMMEDIATE, null,
			Ordered.LOWEST_PRECEDENCE, false);

	/**
	 * Copy with a sender filter.
	 * @param sender the sender class
	 * @return new options
	 */
	public ConnectOptions withSender(@Nullable Class<?> sender) {
		return new ConnectOptions(sender, this.phase, this.dispatchUid, this.order, this.async);
	}

	/**
	 * Copy with a phase.
	 * @param phase the phase
	 * @return new options
	 */
	public ConnectOptions withPhase(Phase phase) {
		return new ConnectOptions(this.sender, phase, this.dispatchUid, this.order, this.async);
	}

	/**
	 * Copy with a dispatch uid.
	 * @param dispatchUid the unique identifier
	 * @return new options
	 */
	public ConnectOptions withDispatchUid(@Nullable String dispatchUid) {
		return new ConnectOptions(this.sender, this.phase, dispatchUid, this.order, this.async);
	}

	/**
	 * Copy with an order.
	 * @param order the order, lower first
	 * @return new options
	 */
	public ConnectOptions withOrder(int order) {
		return new ConnectOptions(this.sender, this.phase, this.dispatchUid, order, this.async);
	}

	/**
	 * Copy that runs the receiver on the application task executor, or not.
	 * @param async whether the receiver runs asynchronously
	 * @return new options
	 */
	public ConnectOptions withAsync(boolean async) {
		return new ConnectOptions(this.sender, this.phase, this.dispatchUid, this.order, async);
	}

}
