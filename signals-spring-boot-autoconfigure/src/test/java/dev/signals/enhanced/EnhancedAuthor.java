package dev.signals.enhanced;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * Compiled, with {@link EnhancedPost}, by Hibernate's bytecode enhancement (dirty tracking
 * and lazy initialization), as applications that use the enhancement plugin are.
 */
@Entity
@Table(name = "en_authors")
public class EnhancedAuthor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EnhancedPost> posts = new ArrayList<>();

	protected EnhancedAuthor() {
	}

	public EnhancedAuthor(String name) {
		this.name = name;
	}

	public EnhancedPost addPost(EnhancedPost post) {
		this.posts.add(post);
		post.setAuthor(this);
		return post;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public List<EnhancedPost> getPosts() {
		return this.posts;
	}

}
