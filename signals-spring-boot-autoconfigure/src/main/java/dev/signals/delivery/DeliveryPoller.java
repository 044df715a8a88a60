package dev.signals.delivery;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * The thread that, while the application runs, attempts the due deliveries at every poll
 * interval and deletes the old completed ones at every clean-up interval.
 */
public final class DeliveryPoller implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DeliveryPoller.class);

	private final DueDeliveries due;

	private final DeliveryCleanup cleanup;

	private final DeliverySettings settings;

	private volatile @Nullable ScheduledExecutorService scheduler;

	/**
	 * Create the poller; its thread starts with the application context.
	 * @param due attempts the due deliveries
	 * @param cleanup deletes the old completed deliveries
	 * @param settings the poll and clean-up intervals
	 */
	public DeliveryPoller(DueDeliveries due, DeliveryCleanup cleanup, DeliverySettings settings) {
		this.due = due;
		this.cleanup = cleanup;
		this.settings = settings;
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "signals-delivery");
			thread.setDaemon(true);
			return thread;
		});
		long poll = this.settings.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(() -> guarded("deliver due deliveries", this.due::deliverDue), poll, poll,
				TimeUnit.MILLISECONDS);
		long cleanup = this.settings.cleanupInterval().toMillis();
		executor.scheduleWithFixedDelay(() -> guarded("clean up completed deliveries", this.cleanup::cleanUp),
				cleanup, cleanup, TimeUnit.MILLISECONDS);
		this.scheduler = executor;
	}

	private static void guarded(String what, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not " + what + "; trying again later", ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.scheduler;
		if (executor != null) {
			executor.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
