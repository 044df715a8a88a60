package dev.signals.receivers;

import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.signals.ModelSignals;
import dev.signals.Signal;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Logs what the application reacts to once its receivers are connected: one line at INFO,
 * and at DEBUG every connection, which is what to read when a receiver does not run.
 */
final class StartupSummary {

	// the processor's name, which the README gives as the logger to turn to DEBUG
	private static final Log logger = LogFactory.getLog(SignalReceiverMethodProcessor.class);

	private final ReceiverRegistry registry;

	StartupSummary(ReceiverRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @param receivers how many receiver methods were connected
	 * @param entities the entity classes of every persistence unit, {@code null} without any
	 */
	void log(int receivers, @Nullable Set<Class<?>> entities) {
		if (entities == null) {
			logInertModelReceivers();
		}
		if (logger.isInfoEnabled()) {
			List<String> custom = this.registry.signals().stream().map(Signal::name).sorted().toList();
			List<String> covered = ((entities != null) ? entities : Set.<Class<?>>of()).stream()
				.filter(this::hasModelReceivers)
				.map(Class::getSimpleName)
				.sorted()
				.toList();
			logger.info("Signals: " + count(custom.size(), "custom signal") + list(custom) + ", "
					+ count(receivers, "receiver") + ", model signals for " + count(covered.size(), "entity type")
					+ list(covered));
		}
		if (logger.isDebugEnabled()) {
			this.registry.all().forEach((receiver) -> logger.debug(describe(receiver)));
		}
	}

	/**
	 * A context without persistence units, such as a web test that excludes the JPA
	 * auto-configurations, keeps the application's model receivers: they are not wrong, only
	 * idle, so one line says so instead of failing the startup.
	 */
	private void logInertModelReceivers() {
		long receivers = this.registry.all()
			.stream()
			.filter((receiver) -> ModelSignals.isModelSignal(receiver.signal()))
			.map(ConnectedReceiver::receiver)
			.distinct()
			.count();
		if (receivers > 0 && logger.isInfoEnabled()) {
			logger.info("No EntityManagerFactory in the context: " + count(receivers, "model signal receiver")
					+ ((receivers != 1) ? " are" : " is") + " connected but no entity writes will send model signals");
		}
	}

	private boolean hasModelReceivers(Class<?> entityClass) {
		for (ModelSignal signal : ModelSignal.values()) {
			if (this.registry.modelReceivers(signal, entityClass).length > 0) {
				return true;
			}
		}
		return false;
	}

	private static String describe(ConnectedReceiver receiver) {
		Class<?> sender = receiver.sender();
		String uid = receiver.dispatchUid();
		return "Signal " + receiver.signal() + " from " + ((sender != null) ? sender.getName() : "any sender") + " -> "
				+ receiver.receiver() + " (" + receiver.phase() + ", order " + receiver.order()
				+ ((uid != null) ? ", dispatch uid '" + uid + "'" : "") + ")";
	}

	private static String count(long count, String noun) {
		return count + " " + noun + ((count != 1) ? "s" : "");
	}

	private static String list(List<String> names) {
		return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
	}

}
