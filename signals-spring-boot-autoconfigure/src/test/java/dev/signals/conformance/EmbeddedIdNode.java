package dev.signals.conformance;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "cf_embedded_id")
public class EmbeddedIdNode extends Node {

	@EmbeddedId
	private Key key;

	protected EmbeddedIdNode() {
	}

	public EmbeddedIdNode(Key key) {
		this.key = key;
	}

	public Key getKey() {
		return this.key;
	}

	@Embeddable
	public record Key(String code, Integer part) implements Serializable {

		public Key() {
			this(null, null);
		}

	}

}
