package dev.signals.aggregates;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRepository extends JpaRepository<Post, Long> {

	long countBySlug(String slug);

}
