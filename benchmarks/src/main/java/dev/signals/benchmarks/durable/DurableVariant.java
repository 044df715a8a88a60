package dev.signals.benchmarks.durable;

/**
 * What the durable delivery benchmark runs: the starter's durable receiver or Spring Modulith's
 * event publication registry with one listener, the listener run by the committing thread or on
 * the application task executor.
 */
public enum DurableVariant {

	/** The starter, one {@code @SignalReceiver(phase = AFTER_COMMIT, durable = true)}. */
	signals(true, false, Receivers.Signals.class),

	/** Spring Modulith's JPA registry, one after-commit {@code @TransactionalEventListener}: the baseline. */
	modulith(false, false, Receivers.Modulith.class),

	/** The starter, one durable receiver with {@code async = true}. */
	signalsAsync(true, true, Receivers.SignalsAsync.class),

	/** Spring Modulith's JPA registry, one {@code @ApplicationModuleListener}: the baseline of {@link #signalsAsync}. */
	modulithAsync(false, true, Receivers.ModulithAsync.class);

	private final boolean withStarter;

	private final boolean async;

	private final Class<?> receiver;

	DurableVariant(boolean withStarter, boolean async, Class<?> receiver) {
		this.withStarter = withStarter;
		this.async = async;
		this.receiver = receiver;
	}

	public boolean withStarter() {
		return this.withStarter;
	}

	/** Whether deliveries run on the application task executor rather than the committing thread. */
	public boolean async() {
		return this.async;
	}

	public Class<?> receiver() {
		return this.receiver;
	}

}
