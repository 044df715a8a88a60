package dev.signals.conformance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "cf_table_per_class_child")
public class TablePerClassChild extends TablePerClassNode {

	private String extra;

}
