package dev.signals.actuate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.delivery.DeliveryStatistics;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.ReceiverStats;

/**
 * The read-only {@code signals} endpoint: every signal the application can send, every
 * connected receiver and how often each was called and failed. Expose it the Boot way, for
 * example with {@code management.endpoints.web.exposure.include=signals}.
 * <p>
 * Like every endpoint's, its JSON leaves out {@code null} values: the pending and dead
 * deliveries appear for durable receivers only.
 *
 * @since 0.1.0
 */
@Endpoint(id = "signals")
public class SignalsEndpoint {

	private static final List<SignalDescriptor> MODEL_SIGNALS = Arrays.stream(ModelSignal.values())
		.map((signal) -> new SignalDescriptor(signal.signalName(), true, signal.eventType().getName()))
		.toList();

	private final ReceiverRegistry registry;

	private final BeanFactory beanFactory;

	/**
	 * Create the endpoint.
	 * @param registry the connected receivers and declared signals
	 * @param beanFactory the bean factory, to tell annotated receivers from receivers connected in code
	 * @since 0.1.0
	 */
	public SignalsEndpoint(ReceiverRegistry registry, BeanFactory beanFactory) {
		this.registry = registry;
		this.beanFactory = beanFactory;
	}

	/**
	 * Describe the signals and receivers as they are now.
	 * @return the signals, model ones first, and the receivers in connection order
	 * @since 0.1.0
	 */
	@ReadOperation
	public SignalsDescriptor signals() {
		List<SignalDescriptor> signals = new ArrayList<>(MODEL_SIGNALS);
		this.registry.signals()
			.stream()
			.sorted(Comparator.comparing(Signal::name))
			.forEach((signal) -> signals.add(new SignalDescriptor(signal.name(), false, signal.payloadType().getName())));
		return new SignalsDescriptor(signals, receivers());
	}

	/**
	 * One method connected for several signals or senders is one receiver with several
	 * connections, as its annotation declares it.
	 */
	private List<ReceiverDescriptor> receivers() {
		DeliveryStatistics statistics = this.beanFactory.getBeanProvider(DeliveryStatistics.class).getIfAvailable();
		Map<String, DeliveryStatistics.Backlog> deliveries = (statistics != null) ? statistics.backlogByReceiver()
				: Map.of();
		Map<ReceiverKey, List<ConnectedReceiver>> grouped = new LinkedHashMap<>();
		for (ConnectedReceiver connected : this.registry.all()) {
			if (connected.isObserver()) {
				continue;
			}
			ReceiverKey key = new ReceiverKey(connected.receiver(), connected.phase(), connected.order(),
					connected.dispatchUid());
			grouped.computeIfAbsent(key, (k) -> new ArrayList<>()).add(connected);
		}
		List<ReceiverDescriptor> receivers = new ArrayList<>(grouped.size());
		grouped.forEach((key, connections) -> receivers.add(describe(key, connections, deliveries)));
		return receivers;
	}

	private ReceiverDescriptor describe(ReceiverKey key, List<ConnectedReceiver> connections,
			Map<String, DeliveryStatistics.Backlog> deliveries) {
		String bean = null;
		String method = null;
		int dot = key.name().lastIndexOf('.');
		if (dot > 0 && this.beanFactory.containsBean(key.name().substring(0, dot))) {
			bean = key.name().substring(0, dot);
			method = key.name().substring(dot + 1);
		}
		long calls = 0;
		long failures = 0;
		ReceiverStats.Failure lastFailure = null;
		List<ConnectionDescriptor> descriptors = new ArrayList<>(connections.size());
		for (ConnectedReceiver connection : connections) {
			Class<?> sender = connection.sender();
			descriptors.add(new ConnectionDescriptor(connection.signal(), (sender != null) ? sender.getName() : null));
			ReceiverStats stats = connection.stats();
			calls += stats.calls();
			failures += stats.failures();
			ReceiverStats.Failure failure = stats.lastFailure();
			if (failure != null && (lastFailure == null || failure.time().isAfter(lastFailure.time()))) {
				lastFailure = failure;
			}
		}
		FailureDescriptor last = (lastFailure != null)
				? new FailureDescriptor(lastFailure.time(), lastFailure.exception(), lastFailure.message()) : null;
		boolean durable = connections.get(0).isDurable();
		DeliveryStatistics.Backlog backlog = durable
				? deliveries.getOrDefault(key.name(), new DeliveryStatistics.Backlog(0, 0, null)) : null;
		return new ReceiverDescriptor(key.name(), bean, method, descriptors, key.phase(), key.order(),
				connections.get(0).isAsync(), durable, key.dispatchUid(), calls, failures, last,
				(backlog != null) ? backlog.pending() : null, (backlog != null) ? backlog.dead() : null);
	}

	private record ReceiverKey(String name, Phase phase, int order, @Nullable String dispatchUid) {
	}

	/**
	 * The endpoint's response.
	 *
	 * @param signals the model signals, then the declared custom signals by name
	 * @param receivers the receivers in the order they were connected
	 * @since 0.1.0
	 */
	public record SignalsDescriptor(List<SignalDescriptor> signals,
			List<ReceiverDescriptor> receivers) implements OperationResponseBody {
	}

	/**
	 * A signal the application can send.
	 *
	 * @param name the signal's name
	 * @param model whether it is one of the four model signals, sent by entity writes
	 * @param payloadType the class of a custom signal's payload or of a model signal's event
	 * @since 0.1.0
	 */
	public record SignalDescriptor(String name, boolean model, String payloadType) {
	}

	/**
	 * A receiver: an annotated method or a receiver connected in code, with its live counts
	 * summed over its connections.
	 *
	 * @param name the receiver's name as logs show it, {@code bean.method} for annotated receivers
	 * @param bean the bean of an annotated receiver, {@code null} for one connected in code
	 * @param method the method of an annotated receiver, {@code null} for one connected in code
	 * @param connections the signals and senders it is connected for
	 * @param phase when it runs
	 * @param order its order, lower first
	 * @param async whether it runs on the application task executor
	 * @param durable whether its calls are durable deliveries
	 * @param dispatchUid its dispatch uid, {@code null} for none
	 * @param calls how often it was called since startup
	 * @param failures how many of those calls threw an exception
	 * @param lastFailure the latest of those exceptions, {@code null} for none
	 * @param pendingDeliveries for a durable receiver, its deliveries waiting for an attempt
	 * @param deadDeliveries for a durable receiver, its deliveries that failed for the last time
	 * @since 0.1.0
	 */
	public record ReceiverDescriptor(String name, @Nullable String bean, @Nullable String method,
			List<ConnectionDescriptor> connections, Phase phase, int order, boolean async, boolean durable,
			@Nullable String dispatchUid, long calls, long failures, @Nullable FailureDescriptor lastFailure,
			@Nullable Long pendingDeliveries, @Nullable Long deadDeliveries) {
	}

	/**
	 * One signal a receiver is connected to, for one sender filter.
	 *
	 * @param signal the signal's name
	 * @param sender the class of the senders it receives from, subclasses included;
	 * {@code null} for any
	 * @since 0.1.0
	 */
	public record ConnectionDescriptor(String signal, @Nullable String sender) {
	}

	/**
	 * A receiver's latest failure.
	 *
	 * @param time when it failed
	 * @param exception the exception's class name
	 * @param message the exception's message
	 * @since 0.1.0
	 */
	public record FailureDescriptor(Instant time, String exception, String message) {
	}

}
