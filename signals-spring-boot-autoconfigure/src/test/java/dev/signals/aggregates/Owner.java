package dev.signals.aggregates;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * Mapped as spring-petclinic maps its owners: pets in a unidirectional, eager, cascading
 * one-to-many, ids from an identity column.
 */
@Entity
@Table(name = "ag_owners")
public class Owner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;

	private String name;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "owner_id")
	@OrderBy("name")
	private final List<Pet> pets = new ArrayList<>();

	protected Owner() {
	}

	public Owner(String name) {
		this.name = name;
	}

	public void addPet(Pet pet) {
		if (pet.getId() == null) {
			this.pets.add(pet);
		}
	}

	public Integer getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public List<Pet> getPets() {
		return this.pets;
	}

}
