package dev.signals.sample.jobs.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Refuses logins for a user name, and from a remote address, that failed {@value #MAX_FAILURES}
 * times within {@link #WINDOW} of the first failure, until that window has passed, even with
 * the right password: guessing the admin's password takes years instead of minutes. Wraps the
 * provider that checks the password, so form login and the actuator's HTTP Basic count alike.
 * <p>
 * Behind a proxy every request comes from the proxy's address; set
 * {@code server.forward-headers-strategy} so that the client's is used.
 */
final class LoginThrottle implements AuthenticationProvider {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	// Beyond this many tracked names and addresses, a failure first drops the expired ones, so
	// that a flood of made-up user names cannot grow the map without end.
	private static final int PRUNE_ABOVE = 10_000;

	private final AuthenticationProvider delegate;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(AuthenticationProvider delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String user = userKey(authentication.getName());
		String address = addressKey(authentication);
		Instant now = this.clock.instant();
		if (isLocked(user, now) || isLocked(address, now)) {
			// LockedException: Spring Security publishes it as a locked account, not as one more
			// bad password, so waiting is not prolonged by trying.
			throw new LockedException("Too many failed logins; wait until " + WINDOW + " after the first");
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			if (result != null) {
				this.failures.remove(user);
				if (address != null) {
					this.failures.remove(address);
				}
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			recordFailure(user, now);
			recordFailure(address, now);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	private boolean isLocked(String key, Instant now) {
		Failures counted = (key != null) ? this.failures.get(key) : null;
		return counted != null && !counted.expired(now) && counted.count() >= MAX_FAILURES;
	}

	private void recordFailure(String key, Instant now) {
		if (key == null) {
			return;
		}
		if (this.failures.size() > PRUNE_ABOVE) {
			this.failures.values().removeIf((counted) -> counted.expired(now));
		}
		this.failures.merge(key, new Failures(now, 1),
				(counted, first) -> counted.expired(now) ? first : new Failures(counted.since(), counted.count() + 1));
	}

	private static String userKey(String username) {
		// the in-memory user store ignores case, so must the count
		return "user:" + ((username != null) ? username.toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return "address:" + details.getRemoteAddress();
		}
		return null;
	}

	private record Failures(Instant since, int count) {

		boolean expired(Instant now) {
			return !now.isBefore(this.since.plus(WINDOW));
		}

	}

}
