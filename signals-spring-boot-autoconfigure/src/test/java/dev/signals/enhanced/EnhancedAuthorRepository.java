package dev.signals.enhanced;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnhancedAuthorRepository extends JpaRepository<EnhancedAuthor, Long> {

}
