package dev.signals.receivers.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The entity that receivers under validation may listen to.
 */
@Entity
public class Book {

	@Id
	private Long id;

	private String title;

	protected Book() {
	}

	public Book(Long id, String title) {
		this.id = id;
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

}
