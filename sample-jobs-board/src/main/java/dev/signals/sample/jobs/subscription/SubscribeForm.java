package dev.signals.sample.jobs.subscription;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The email a visitor types into a job's subscribe form.
 */
public class SubscribeForm {

	@NotBlank
	@Email
	@Size(max = 255)
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
