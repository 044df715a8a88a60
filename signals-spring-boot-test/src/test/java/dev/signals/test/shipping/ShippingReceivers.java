package dev.signals.test.shipping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.Signals;

/**
 * An async receiver that the test holds back until it lets it go, and that reports a lost
 * parcel with a signal of its own; and a durable receiver that fails as often as the test
 * asks before it succeeds.
 */
public class ShippingReceivers {

	private final Signals signals;

	private final Signal<ParcelLost> parcelLost;

	private final List<String> tracked = new CopyOnWriteArrayList<>();

	private final List<String> archived = new CopyOnWriteArrayList<>();

	private final AtomicInteger archiveFailures = new AtomicInteger();

	private volatile CountDownLatch gate = new CountDownLatch(0);

	ShippingReceivers(Signals signals, Signal<ParcelLost> parcelLost) {
		this.signals = signals;
		this.parcelLost = parcelLost;
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, async = true)
	void track(ParcelShipped event) throws InterruptedException {
		if (!this.gate.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the test never let the tracking of " + event.parcel() + " go");
		}
		this.tracked.add(event.parcel());
		if (event.parcel().startsWith("lost")) {
			this.signals.send(this.parcelLost, ShippingReceivers.class, new ParcelLost(event.parcel()));
		}
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
	void archive(ParcelShipped event) {
		if (this.archiveFailures.getAndUpdate((left) -> Math.max(left - 1, 0)) > 0) {
			throw new IllegalStateException("archive offline");
		}
		this.archived.add(event.parcel());
	}

	/**
	 * Hold the async receiver back until {@link #release()}.
	 */
	public void hold() {
		this.gate = new CountDownLatch(1);
	}

	public void release() {
		this.gate.countDown();
	}

	/**
	 * Make the durable receiver fail its next attempts.
	 * @param attempts how many
	 */
	public void failArchiving(int attempts) {
		this.archiveFailures.set(attempts);
	}

	public List<String> tracked() {
		return this.tracked;
	}

	public List<String> archived() {
		return this.archived;
	}

}
