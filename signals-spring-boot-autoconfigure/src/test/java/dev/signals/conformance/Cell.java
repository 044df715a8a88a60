package dev.signals.conformance;

import org.hibernate.FlushMode;

import dev.signals.ModelSignals;
import dev.signals.Phase;

/**
 * One cell of the matrix: an entity of one mapping written along one path while the
 * receiver of one signal, in one phase, does one thing.
 */
record Cell(Mapping mapping, WritePath path, Action action, String signal, FlushMode flushMode, Phase phase) {

	/** Whether the acting receiver is called at all in this cell. */
	boolean acts() {
		return sent().contains(this.signal);
	}

	/** The signals the write sends for each entity it writes, in the contract's order. */
	java.util.List<String> sent() {
		if (this.path.kind() == WritePath.Kind.UPDATE && !this.mapping.updatable()) {
			return java.util.List.of();
		}
		return switch (this.path.kind()) {
			case INSERT, UPDATE -> java.util.List.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE);
			case DELETE -> java.util.List.of(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE);
		};
	}

	/** Whether the write fails with the receiver's exception and rolls back. */
	boolean rollsBack() {
		return this.action == Action.THROW && this.phase == Phase.IMMEDIATE && acts();
	}

	@Override
	public String toString() {
		return this.mapping + " " + this.path + " " + this.action + "@" + this.signal + " " + this.flushMode + " "
				+ this.phase;
	}

}
