package dev.signals.aggregates;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	long countByPostId(Long postId);

}
