package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Saved to make a {@code post_save} receiver write the entity under test.
 */
@Entity
@Table(name = "cf_triggers")
public class Trigger {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected Trigger() {
	}

	public Trigger(String name) {
		this.name = name;
	}

}
