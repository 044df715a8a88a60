package dev.signals.benchmarks.dispatch;

import dev.signals.SignalReceiver;
import dev.signals.benchmarks.Calls;

/**
 * One {@code @SignalReceiver} of the custom signal; also called directly for the floor.
 */
public class PingReceiver {

	@SignalReceiver
	public void onPing(Ping ping) {
		Calls.hit();
	}

}
