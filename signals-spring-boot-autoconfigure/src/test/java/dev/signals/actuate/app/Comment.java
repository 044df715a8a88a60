package dev.signals.actuate.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity no receiver listens to.
 */
@Entity
@Table(name = "ep_comments")
public class Comment {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

	protected Comment() {
	}

	public Comment(String text) {
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

}
