package dev.signals.hibernate;

import java.util.IdentityHashMap;
import java.util.Map;

import org.hibernate.event.spi.MergeContext;
import org.jspecify.annotations.Nullable;

/**
 * The new entities a merge under way announced, kept because a merge inserts copies of the
 * new entities it is given, not the entities themselves: their {@code pre_save} was sent with
 * the originals, and an insert during the merge is matched to its original through
 * Hibernate's merge context.
 */
final class MergeScope {

	final Object root;

	/** The originals whose {@code pre_save} was sent and whose copy is not inserted yet. */
	final Map<Object, Boolean> announced = new IdentityHashMap<>();

	@Nullable MergeContext context;

	@Nullable MergeScope outer;

	MergeScope(Object root) {
		this.root = root;
	}

	/**
	 * Whether a copy being inserted is of an announced original; the original is then
	 * taken off the list.
	 */
	boolean claim(Object copy) {
		// before the merge cascades anywhere, the only copy it can insert is the root's
		Object original = (this.context != null) ? this.context.invertMap().get(copy)
				: (copy.getClass() == this.root.getClass()) ? this.root : null;
		return original != null && this.announced.remove(original) != null;
	}

}
