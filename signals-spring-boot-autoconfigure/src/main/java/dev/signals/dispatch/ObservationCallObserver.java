package dev.signals.dispatch;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Makes each receiver call a Micrometer {@link Observation} named {@code signals.receiver}:
 * a timer per signal, sender, receiver, phase and outcome, and a span where tracing is set up.
 */
public final class ObservationCallObserver implements ReceiverCalls.CallObserver {

	/** The observation's name. */
	public static final String NAME = "signals.receiver";

	private final ObservationRegistry registry;

	/**
	 * Create an observer that reports to a registry.
	 * @param registry the application's observation registry
	 */
	public ObservationCallObserver(ObservationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public @Nullable Object observe(ReceiverCalls.Invocation invocation) {
		Class<?> sender = invocation.sender();
		Observation observation = Observation
			.createNotStarted(NAME, this.registry)
			.contextualName("signal " + invocation.signal())
			.lowCardinalityKeyValues(KeyValues.of("signal", invocation.signal(), "sender",
					(sender != null) ? sender.getName() : "none", "receiver", invocation.receiver(), "phase",
					invocation.phase().name()))
			.start();
		String outcome = "failure";
		try (Observation.Scope scope = observation.openScope()) {
			Object response = invocation.proceed();
			outcome = invocation.receiverCalled() ? "success" : "skipped";
			return response;
		}
		catch (RuntimeException | Error ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.lowCardinalityKeyValue("outcome", outcome);
			observation.stop();
		}
	}

}
