package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_profiles")
public class Profile {

	@Id
	@GeneratedValue
	private Long id;

	@OneToOne(optional = false)
	private Account account;

	protected Profile() {
	}

	public Profile(Account account) {
		this.account = account;
	}

	public Long getId() {
		return this.id;
	}

	public Account getAccount() {
		return this.account;
	}

}
