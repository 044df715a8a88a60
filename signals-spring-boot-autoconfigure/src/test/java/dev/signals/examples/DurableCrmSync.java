package dev.signals.examples;

import org.springframework.stereotype.Component;

import dev.signals.Deliveries;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * Upserts every saved customer into the CRM, retried until the CRM has taken it.
 */
@Component
class DurableCrmSync {

	private final Crm crm;

	DurableCrmSync(Crm crm) {
		this.crm = crm;
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true, async = true)
	void syncToCrm(PostSave<Customer> event) {
		crm.upsert(Deliveries.currentId().orElseThrow(), event.instance());   // idempotent by delivery id
	}

}
