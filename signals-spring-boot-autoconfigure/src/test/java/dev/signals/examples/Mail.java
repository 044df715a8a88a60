package dev.signals.examples;

import dev.signals.Change;

/**
 * The emails the examples send, whichever way the application delivers them.
 */
public interface Mail {

	void tellSubscribers(Job job, Change title);

	void tellCompany(Job job, String subscriber);

}
