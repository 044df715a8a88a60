package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;

@Entity
@Table(name = "cf_tagged")
public class TaggedNode extends Node {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ElementCollection
	@CollectionTable(name = "cf_tagged_tags")
	private Set<String> tags = new LinkedHashSet<>();

	public Long getId() {
		return this.id;
	}

	public Set<String> getTags() {
		return this.tags;
	}

}
