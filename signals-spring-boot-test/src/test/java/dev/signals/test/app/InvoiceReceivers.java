package dev.signals.test.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * Receivers that note what reached them, to tell muted tests from recording ones.
 */
@Component
public class InvoiceReceivers {

	private final List<String> received = new CopyOnWriteArrayList<>();

	@SignalReceiver
	void saved(PostSave<Invoice> event) {
		this.received.add("post_save " + event.instance().getCustomer());
	}

	@SignalReceiver
	void paid(InvoicePaid event) {
		this.received.add("invoice_paid " + event.customer());
	}

	public List<String> received() {
		return this.received;
	}

	public void clear() {
		this.received.clear();
	}

}
