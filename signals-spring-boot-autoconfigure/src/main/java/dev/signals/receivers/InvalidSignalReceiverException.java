package dev.signals.receivers;

import org.springframework.beans.factory.BeanInitializationException;

/**
 * A receiver or signal declaration that cannot work: what is wrong and how to fix it, for the
 * startup failure report.
 */
public final class InvalidSignalReceiverException extends BeanInitializationException {

	/** What is wrong, naming the method or signal. */
	private final String description;

	/** How to fix it. */
	private final String action;

	/**
	 * Create the exception of one declaration.
	 * @param description what is wrong, naming the method or signal
	 * @param action how to fix it
	 */
	public InvalidSignalReceiverException(String description, String action) {
		super(description + ". Fix: " + action + ".");
		this.description = description;
		this.action = action;
	}

	/**
	 * What is wrong, for the failure analysis.
	 * @return the description, naming the method or signal
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * How to fix it, for the failure analysis.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
