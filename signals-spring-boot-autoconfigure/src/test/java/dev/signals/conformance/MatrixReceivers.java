package dev.signals.conformance;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.signals.Phase;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;

/**
 * The receivers of every entity of the matrix, through the superclass they share, in both
 * phases: each records its event and does what the current cell says.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatrixReceivers {

	private final Script script;

	MatrixReceivers(Script script) {
		this.script = script;
	}

	@SignalReceiver
	void preSave(PreSave<Node> event) {
		this.script.on(event, Phase.IMMEDIATE);
	}

	@SignalReceiver
	void postSave(PostSave<Node> event) {
		this.script.on(event, Phase.IMMEDIATE);
	}

	@SignalReceiver
	void preDelete(PreDelete<Node> event) {
		this.script.on(event, Phase.IMMEDIATE);
	}

	@SignalReceiver
	void postDelete(PostDelete<Node> event) {
		this.script.on(event, Phase.IMMEDIATE);
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	void preSaveCommitted(PreSave<Node> event) {
		this.script.on(event, Phase.AFTER_COMMIT);
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	void postSaveCommitted(PostSave<Node> event) {
		this.script.on(event, Phase.AFTER_COMMIT);
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	void preDeleteCommitted(PreDelete<Node> event) {
		this.script.on(event, Phase.AFTER_COMMIT);
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	void postDeleteCommitted(PostDelete<Node> event) {
		this.script.on(event, Phase.AFTER_COMMIT);
	}

}
