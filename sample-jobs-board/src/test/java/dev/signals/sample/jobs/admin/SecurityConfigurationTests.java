package dev.signals.sample.jobs.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class SecurityConfigurationTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void usesTheConfiguredCredentials(CapturedOutput output) {
		UserDetails admin = new SecurityConfiguration().adminUser(new AdminProperties("boss", "s3cret"))
			.loadUserByUsername("boss");

		assertThat(this.encoder.matches("s3cret", admin.getPassword())).isTrue();
		assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
		assertThat(output).doesNotContain("generated password");
	}

	@Test
	void generatesAndLogsAPasswordWhenNoneIsSet(CapturedOutput output) {
		UserDetails admin = new SecurityConfiguration().adminUser(new AdminProperties("admin", null))
			.loadUserByUsername("admin");

		Matcher logged = Pattern.compile("WARN.*generated password: (\\S+)").matcher(output.toString());
		assertThat(logged.find()).as("the generated password is logged at WARN").isTrue();
		assertThat(this.encoder.matches(logged.group(1), admin.getPassword())).isTrue();
	}

}
