package dev.signals.benchmarks.dispatch;

import org.springframework.context.event.EventListener;

import dev.signals.benchmarks.Calls;

/**
 * One Spring {@code @EventListener} doing the same work as {@link PingReceiver}.
 */
public class PingEventListener {

	@EventListener
	public void onPing(Ping ping) {
		Calls.hit();
	}

}
