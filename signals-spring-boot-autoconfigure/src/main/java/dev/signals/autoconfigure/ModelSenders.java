package dev.signals.autoconfigure;

import java.util.Set;

/**
 * The entity classes model signals are sent for, against which receivers' senders are
 * checked; provided when Hibernate is in use.
 */
@FunctionalInterface
interface ModelSenders {

	Set<Class<?>> entityClasses();

}
