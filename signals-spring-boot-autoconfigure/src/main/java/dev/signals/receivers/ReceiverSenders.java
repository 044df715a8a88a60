package dev.signals.receivers;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;

import dev.signals.ModelSignals;

/**
 * Resolves the senders a receiver method accepts; those of model signals must be entities of
 * a persistence unit, or no signal would ever reach the receiver.
 */
final class ReceiverSenders {

	private static final Class<?>[] ANY = { Object.class };

	private final @Nullable Set<Class<?>> entities;

	/**
	 * @param entities the entity classes of every persistence unit; {@code null} without any,
	 * when there is nothing to check model senders against
	 */
	ReceiverSenders(@Nullable Set<Class<?>> entities) {
		this.entities = entities;
	}

	/**
	 * The senders, {@code Object} standing for any.
	 */
	Class<?>[] resolve(ReceiverMethod method, ResolvableType parameter, List<String> signals) {
		Class<?>[] senders = method.annotation().sender();
		if (!ModelSignals.isModelSignal(signals.get(0))) {
			return (senders.length > 0) ? senders : ANY;
		}
		Class<?> inferred = parameter.getGeneric(0).resolve(Object.class);
		if (inferred != Object.class) {
			requireEntity(method, inferred, "its event's type argument");
		}
		if (senders.length == 0) {
			return new Class<?>[] { inferred };
		}
		for (Class<?> sender : senders) {
			requireEntity(method, sender, "its sender");
			if (!inferred.isAssignableFrom(sender)) {
				throw method.fail("its sender " + sender.getName() + " is not a " + inferred.getSimpleName()
						+ ", the type its " + parameter.toClass().getSimpleName() + " takes",
						"use a sender that is a subclass of " + inferred.getSimpleName()
								+ " or widen the event's type argument");
			}
		}
		return senders;
	}

	private void requireEntity(ReceiverMethod method, Class<?> type, String what) {
		if (this.entities == null) {
			// without any persistence unit there is nothing to check against, and nothing is sent
			return;
		}
		for (Class<?> entity : this.entities) {
			if (type.isAssignableFrom(entity)) {
				return;
			}
		}
		throw method.fail(what + " " + type.getName() + " is not a JPA entity (nor a supertype of one) of any "
				+ "EntityManagerFactory, so no model signal is ever sent for it",
				"use an @Entity class, or a superclass of entities to receive all of them");
	}

}
