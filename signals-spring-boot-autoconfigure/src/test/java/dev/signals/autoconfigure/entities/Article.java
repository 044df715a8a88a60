package dev.signals.autoconfigure.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An entity with an assigned id, so that persisting it defers the INSERT to the flush.
 */
@Entity
public class Article {

	@Id
	private Long id;

	private String title;

	protected Article() {
	}

	public Article(Long id, String title) {
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
