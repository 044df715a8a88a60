package dev.signals.receivers;

import org.springframework.beans.factory.BeanInitializationException;

/**
 * A receiver or signal declaration that cannot work: what is wrong and how to fix it, for the
 * startup failure report.
 */
public final class InvalidSignalReceiverException extends BeanInitializationException {

	private final String description;

	private final String action;

	public InvalidSignalReceiverException(String description, String action) {
		super(description + ". Fix: " + action + ".");
		this.description = description;
		this.action = action;
	}

	public String getDescription() {
		return this.description;
	}

	public String getAction() {
		return this.action;
	}

}
