package dev.signals.conformance;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "cf_id_class")
@IdClass(IdClassNode.Key.class)
public class IdClassNode extends Node {

	@Id
	private String code;

	@Id
	private Integer part;

	protected IdClassNode() {
	}

	public IdClassNode(String code, Integer part) {
		this.code = code;
		this.part = part;
	}

	public Key key() {
		return new Key(this.code, this.part);
	}

	public record Key(String code, Integer part) implements Serializable {

		public Key() {
			this(null, null);
		}

	}

}
