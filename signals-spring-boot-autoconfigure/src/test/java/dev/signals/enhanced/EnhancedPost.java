package dev.signals.enhanced;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "en_posts")
public class EnhancedPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Column(unique = true)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY)
	private EnhancedAuthor author;

	protected EnhancedPost() {
	}

	public EnhancedPost(String title) {
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public EnhancedAuthor getAuthor() {
		return this.author;
	}

	void setAuthor(EnhancedAuthor author) {
		this.author = author;
	}

}
