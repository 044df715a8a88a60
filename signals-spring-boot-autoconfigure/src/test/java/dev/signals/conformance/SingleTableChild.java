package dev.signals.conformance;

import jakarta.persistence.Entity;

@Entity
public class SingleTableChild extends SingleTableNode {

	private String extra;

}
