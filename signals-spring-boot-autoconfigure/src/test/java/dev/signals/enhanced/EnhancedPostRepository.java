package dev.signals.enhanced;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnhancedPostRepository extends JpaRepository<EnhancedPost, Long> {

	long countBySlug(String slug);

}
