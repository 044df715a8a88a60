package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "cf_shared_id")
public class SharedIdNode extends Node {

	@Id
	private Long id;

	@OneToOne(fetch = FetchType.LAZY)
	@MapsId
	private Anchor anchor;

	protected SharedIdNode() {
	}

	public SharedIdNode(Anchor anchor) {
		this.anchor = anchor;
	}

	public Long getId() {
		return this.id;
	}

}
