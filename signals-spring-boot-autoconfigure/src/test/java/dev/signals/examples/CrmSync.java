package dev.signals.examples;

import org.springframework.stereotype.Component;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * Pushes every saved customer to the CRM once committed, without making the writer wait.
 */
@Component
class CrmSync {

	private final Crm crm;

	CrmSync(Crm crm) {
		this.crm = crm;
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, async = true)
	void syncToCrm(PostSave<Customer> event) { crm.push(event.instance()); }

}
