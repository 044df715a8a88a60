package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

@Entity
@Table(name = "cf_labelled")
public class LabelledNode extends Node {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToMany
	@JoinTable(name = "cf_labelled_labels")
	private Set<Label> labels = new LinkedHashSet<>();

	public Long getId() {
		return this.id;
	}

	public Set<Label> getLabels() {
		return this.labels;
	}

}
