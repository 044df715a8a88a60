package dev.signals.receivers;

import java.util.ArrayList;
import java.util.List;

import dev.signals.Phase;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverInvoker;

/**
 * What a valid receiver method connects to: each of its signals from each of its senders, in
 * its phase and order.
 *
 * @param senders the senders, {@code Object} standing for any
 */
record ResolvedReceiver(String name, List<String> signals, Class<?>[] senders, Phase phase, int order,
		String dispatchUid, boolean async, boolean durable) {

	/**
	 * One connection per signal and sender, all calling the method through one invoker.
	 */
	List<ConnectedReceiver> connections(ReceiverInvoker invoker) {
		List<ConnectedReceiver> connections = new ArrayList<>();
		for (String signal : this.signals) {
			for (Class<?> sender : this.senders) {
				Class<?> filter = (sender == Object.class) ? null : sender;
				connections.add(new ConnectedReceiver(signal, filter, this.phase, this.order, this.dispatchUid,
						this.name, invoker, this.async, this.durable));
			}
		}
		return connections;
	}

}
