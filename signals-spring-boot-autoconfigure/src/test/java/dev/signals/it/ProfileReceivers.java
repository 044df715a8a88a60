package dev.signals.it;

import org.springframework.stereotype.Component;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * Django's classic: create a profile when an account is created.
 */
@Component
class ProfileReceivers {

	private final ProfileRepository profiles;

	ProfileReceivers(ProfileRepository profiles) {
		this.profiles = profiles;
	}

	@SignalReceiver
	void createProfile(PostSave<Account> event) {
		if (event.created()) {
			this.profiles.save(new Profile(event.instance()));
		}
	}

}
