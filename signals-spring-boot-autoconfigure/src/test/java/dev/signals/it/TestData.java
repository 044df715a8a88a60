package dev.signals.it;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.Signals;

final class TestData {

	private TestData() {
	}

	/**
	 * Empty the tables the tests write, keeping the account the application wrote at startup.
	 */
	static void clean(Signals signals, JdbcTemplate jdbc) {
		signals.muted(() -> {
			jdbc.update("delete from it_subscriptions");
			jdbc.update("delete from it_jobs");
			jdbc.update("delete from it_profiles where account_id in (select id from it_accounts where username <> 'runner')");
			jdbc.update("delete from it_accounts where username <> 'runner'");
			jdbc.update("delete from it_articles");
			jdbc.update("delete from it_skus");
		});
	}

}
