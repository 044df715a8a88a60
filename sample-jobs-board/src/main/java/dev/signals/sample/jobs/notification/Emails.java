package dev.signals.sample.jobs.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.signals.Change;
import dev.signals.sample.jobs.job.Job;
import dev.signals.sample.jobs.job.Subscriber;

/**
 * The wording of every email the board sends, in one place.
 */
final class Emails {

	private static final String SIGNATURE = "\n-- \nThe Jobs Board\n";

	private Emails() {
	}

	static Email newSubscriber(Job job, Subscriber subscriber) {
		return new Email(job.getCompanyEmail(), "New subscriber to \"" + job.getTitle() + "\"", """
				Hello %s,

				%s has just subscribed to your posting "%s".
				""".formatted(job.getCompany(), subscriber.getEmail(), job.getTitle()) + SIGNATURE);
	}

	static Email welcome(Subscriber subscriber, Job job) {
		return new Email(subscriber.getEmail(), "Welcome to the Jobs Board", """
				Hello,

				thank you for subscribing to "%s" at %s. We will write to you when the \
				posting changes, closes or is taken down. Subscribing to more jobs with \
				this address sends no further welcome.
				""".formatted(job.getTitle(), job.getCompany()) + SIGNATURE);
	}

	static Email jobChanged(String to, Job job, Map<String, Change> changes) {
		List<String> lines = new ArrayList<>();
		describe(changes.get(JobAttributes.TITLE), "Title", lines);
		describe(changes.get(JobAttributes.DETAILS), "Details", lines);
		Change open = changes.get(JobAttributes.OPEN);
		if (open != null) {
			lines.add(Boolean.TRUE.equals(open.newValue()) ? "The posting is open again."
					: "The posting is now closed and takes no more subscribers.");
		}
		return new Email(to, "Update to \"" + job.getTitle() + "\" at " + job.getCompany(), """
				Hello,

				the job posting you subscribed to has changed:

				%s
				""".formatted(String.join("\n\n", lines)) + SIGNATURE);
	}

	static Email jobTakenDown(String to, JobTakenDown job) {
		return new Email(to, "\"" + job.title() + "\" was taken down", """
				Hello,

				the job posting "%s" by %s has been taken down, and your \
				subscription to it with it.
				""".formatted(job.title(), job.company()) + SIGNATURE);
	}

	private static void describe(Change change, String label, List<String> lines) {
		if (change != null) {
			lines.add(label + "\n  was: " + change.oldValue() + "\n  now: " + change.newValue());
		}
	}

}
