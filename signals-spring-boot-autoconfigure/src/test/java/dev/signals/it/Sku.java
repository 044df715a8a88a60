package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An assigned identifier: Spring Data saves a new one with {@code merge}, which Hibernate
 * persists without a persist event.
 */
@Entity
@Table(name = "it_skus")
public class Sku {

	@Id
	private String code;

	private String label;

	protected Sku() {
	}

	public Sku(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

}
