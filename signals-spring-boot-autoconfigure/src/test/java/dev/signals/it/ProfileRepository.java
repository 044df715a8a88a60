package dev.signals.it;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfileRepository extends JpaRepository<Profile, Long> {

	Optional<Profile> findByAccount(Account account);

}
