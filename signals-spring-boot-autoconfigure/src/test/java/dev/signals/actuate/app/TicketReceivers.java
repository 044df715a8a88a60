package dev.signals.actuate.app;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.signals.ModelEvent;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

@Component
public class TicketReceivers {

	@SignalReceiver
	@Order(1)
	void audit(PostSave<Ticket> event) {
	}

	@SignalReceiver(signal = { "post_save", "post_delete" }, phase = Phase.AFTER_COMMIT, dispatchUid = "evict")
	void evict(ModelEvent<Ticket> event) {
	}

	@SignalReceiver
	void closed(TicketClosed event) {
		if (event.reason().equals("printer on fire")) {
			throw new IllegalStateException("cannot close: " + event.reason());
		}
	}

}
