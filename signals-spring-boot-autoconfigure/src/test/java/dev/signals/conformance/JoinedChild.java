package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "cf_joined_child")
public class JoinedChild extends JoinedNode {

	private String extra;

}
