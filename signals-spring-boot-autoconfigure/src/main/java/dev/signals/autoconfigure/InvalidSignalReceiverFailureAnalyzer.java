package dev.signals.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.signals.receivers.InvalidSignalReceiverException;

/**
 * Reports a receiver that cannot work as Spring Boot reports a misconfiguration: what is
 * wrong, then what to do.
 */
final class InvalidSignalReceiverFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSignalReceiverException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSignalReceiverException cause) {
		return new FailureAnalysis(cause.getDescription() + ".", cause.getAction() + ".", cause);
	}

}
