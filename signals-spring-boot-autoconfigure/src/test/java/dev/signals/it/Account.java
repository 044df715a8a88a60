package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Uses a sequence, so that its insert waits for the flush.
 */
@Entity
@Table(name = "it_accounts")
public class Account {

	@Id
	@GeneratedValue
	private Long id;

	private String username;

	protected Account() {
	}

	public Account(String username) {
		this.username = username;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

}
