package dev.signals.it;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	boolean existsBySlug(String slug);

}
