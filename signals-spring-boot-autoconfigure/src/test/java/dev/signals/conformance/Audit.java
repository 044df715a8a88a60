package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What receivers write through a repository.
 */
@Entity
@Table(name = "cf_audits")
public class Audit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected Audit() {
	}

	public Audit(String label) {
		this.label = label;
	}

}
