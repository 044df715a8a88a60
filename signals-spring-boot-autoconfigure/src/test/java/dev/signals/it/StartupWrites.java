package dev.signals.it;

import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an account as the application starts; its profile exists only if the write sent
 * {@code post_save}.
 */
@Component
class StartupWrites implements CommandLineRunner {

	private final AccountRepository accounts;

	private final ProfileRepository profiles;

	private final TransactionTemplate transaction;

	volatile boolean profileCreated;

	StartupWrites(AccountRepository accounts, ProfileRepository profiles, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.transaction = transaction;
	}

	@Override
	public void run(String... args) {
		Account account = this.accounts.save(new Account("runner"));
		this.profileCreated = Boolean.TRUE
			.equals(this.transaction.execute((status) -> this.profiles.findByAccount(account).isPresent()));
	}

}
