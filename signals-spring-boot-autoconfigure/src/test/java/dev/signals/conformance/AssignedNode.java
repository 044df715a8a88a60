package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cf_assigned")
public class AssignedNode extends Node {

	@Id
	private String code;

	protected AssignedNode() {
	}

	public AssignedNode(String code) {
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

}
