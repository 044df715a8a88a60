package dev.signals.sample.jobs.notification;

import java.util.Set;

/**
 * The attribute names of {@code Job} that subscribers hear about, as they appear in
 * {@code PostSave.changes()}.
 */
final class JobAttributes {

	static final String TITLE = "title";

	static final String DETAILS = "details";

	static final String OPEN = "open";

	static final Set<String> NEWSWORTHY = Set.of(TITLE, DETAILS, OPEN);

	private JobAttributes() {
	}

}
