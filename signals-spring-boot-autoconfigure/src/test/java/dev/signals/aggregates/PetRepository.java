package dev.signals.aggregates;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetRepository extends JpaRepository<Pet, Integer> {

	long countByName(String name);

}
