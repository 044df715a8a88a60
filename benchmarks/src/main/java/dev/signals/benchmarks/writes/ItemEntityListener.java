package dev.signals.benchmarks.writes;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import dev.signals.benchmarks.Calls;

/**
 * The JPA peer of one {@code post_save}/{@code post_delete} receiver.
 */
public class ItemEntityListener {

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		Calls.hit();
	}

}
