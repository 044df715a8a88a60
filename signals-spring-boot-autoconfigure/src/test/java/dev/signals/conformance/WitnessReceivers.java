package dev.signals.conformance;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * After-commit receivers that run after the acting ones: what they see shows that a failing
 * receiver neither loses the committed write nor the other receivers' work.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WitnessReceivers {

	private final Script script;

	WitnessReceivers(Script script) {
		this.script = script;
	}

	@SignalReceiver(signal = { ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE,
			ModelSignals.POST_DELETE }, sender = Node.class, phase = Phase.AFTER_COMMIT)
	void witness(ModelEvent<Node> event) {
		this.script.witness(event);
	}

	@SignalReceiver
	void writeFromPostSave(PostSave<Trigger> event) {
		Node pending = this.script.pendingWrite;
		if (pending != null) {
			this.script.pendingWrite = null;
			save(pending);
		}
	}

	@SuppressWarnings("unchecked")
	private <T extends Node> void save(T node) {
		this.script.repository((Class<T>) node.getClass()).save(node);
	}

}
