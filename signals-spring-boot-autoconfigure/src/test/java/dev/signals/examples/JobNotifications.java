package dev.signals.examples;

import org.springframework.stereotype.Component;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

@Component
class JobNotifications {

	private final Mail mail;

	JobNotifications(Mail mail) {
		this.mail = mail;
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	void jobChanged(PostSave<Job> event) {
		if (event.hasChanged("title")) { mail.tellSubscribers(event.instance(), event.changes().get("title")); }
	}
}
