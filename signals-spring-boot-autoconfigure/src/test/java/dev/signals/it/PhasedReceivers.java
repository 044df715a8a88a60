package dev.signals.it;

import org.springframework.stereotype.Component;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

@Component
class PhasedReceivers {

	private final SignalLog log;

	PhasedReceivers(SignalLog log) {
		this.log = log;
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	void afterCommitJobSaved(PostSave<Job> event) {
		this.log.record("afterCommitJobSaved", event);
	}

}
