package dev.signals.restart.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity of the restarted application, with an assigned id, which makes it equal.
 */
@Entity
@Table(name = "restart_greeter")
public class Greeter {

	@Id
	private Long id;

	private String name;

	protected Greeter() {
	}

	public Greeter(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Greeter greeter && this.id.equals(greeter.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
