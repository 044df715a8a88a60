package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a {@link SharedIdNode} takes its id from.
 */
@Entity
@Table(name = "cf_anchors")
public class Anchor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected Anchor() {
	}

	public Anchor(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

}
