package dev.signals.receivers;

import java.util.List;

import org.springframework.util.ClassUtils;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Signal;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Resolves the signals a receiver method receives from the names in its annotation and its
 * parameter type, which must agree.
 */
final class ReceiverSignals {

	private final ReceiverRegistry registry;

	ReceiverSignals(ReceiverRegistry registry) {
		this.registry = registry;
	}

	List<String> resolve(ReceiverMethod method, Class<?> parameterType) {
		List<String> named = List.of(method.annotation().signal());
		ModelSignal implied = ModelSignal.ofEventType(parameterType);
		if (implied != null) {
			return impliedByEvent(method, implied, parameterType, named);
		}
		if (parameterType == ModelEvent.class) {
			return namedModelSignals(method, named);
		}
		return named.isEmpty() ? List.of(carrying(method, parameterType)) : namedCustom(method, parameterType, named);
	}

	private static List<String> impliedByEvent(ReceiverMethod method, ModelSignal implied, Class<?> parameterType,
			List<String> named) {
		for (String signal : named) {
			if (!signal.equals(implied.signalName())) {
				throw method.fail("its parameter " + parameterType.getSimpleName() + " is the event of '"
						+ implied.signalName() + "', not of '" + signal + "'",
						"remove signal = \"" + signal + "\" or take " + eventTypeOf(signal)
								+ " (or ModelEvent for several model signals)");
			}
		}
		return List.of(implied.signalName());
	}

	private static List<String> namedModelSignals(ReceiverMethod method, List<String> named) {
		if (named.isEmpty()) {
			throw method.fail("a ModelEvent parameter does not say which model signals to receive",
					"name them, e.g. @SignalReceiver(signal = {\"post_save\", \"post_delete\"})");
		}
		for (String signal : named) {
			if (!ModelSignals.isModelSignal(signal)) {
				throw method.fail("'" + signal + "' is not a model signal but the parameter is a ModelEvent",
						"name only " + ModelSignals.NAMES + " or take the custom signal's payload type");
			}
		}
		return named;
	}

	private String carrying(ReceiverMethod method, Class<?> parameterType) {
		Class<?> payloadType = ClassUtils.resolvePrimitiveIfNecessary(parameterType);
		List<Signal<?>> candidates = this.registry.signals()
			.stream()
			.filter((signal) -> signal.payloadType() == payloadType)
			.toList();
		if (candidates.size() == 1) {
			return candidates.get(0).name();
		}
		if (candidates.isEmpty()) {
			String type = parameterType.getSimpleName();
			throw method.fail("no signal carries its parameter type " + parameterType.getName(),
					"declare one as a bean, @Bean Signal<" + type + "> s() { return Signal.named(\"...\", " + type
							+ ".class); }, name it with @SignalReceiver(signal = \"...\"), or take a model event "
							+ "such as PostSave<Entity>");
		}
		throw method.fail("several signals carry its parameter type " + parameterType.getName() + ": "
				+ candidates.stream().map(Signal::name).toList(), "name one with @SignalReceiver(signal = \"...\")");
	}

	private List<String> namedCustom(ReceiverMethod method, Class<?> parameterType, List<String> named) {
		for (String name : named) {
			if (ModelSignals.isModelSignal(name)) {
				throw method.fail("it receives the model signal '" + name + "' but takes "
						+ parameterType.getSimpleName(), "take " + eventTypeOf(name) + " instead");
			}
			Signal<?> signal = this.registry.signal(name);
			if (signal == null) {
				throw method.fail("no signal is named '" + name + "' (custom signals: "
						+ this.registry.signals().stream().map(Signal::name).sorted().toList() + "; model signals: "
						+ ModelSignals.NAMES + ")", "fix the name or declare @Bean Signal<...> named \"" + name + "\"");
			}
			if (!ClassUtils.isAssignable(parameterType, signal.payloadType())) {
				throw method.fail("signal '" + name + "' carries " + signal.payloadType().getName()
						+ ", which its parameter type " + parameterType.getName() + " cannot take",
						"take " + signal.payloadType().getSimpleName() + " or a supertype of it");
			}
		}
		return named;
	}

	private static String eventTypeOf(String signal) {
		ModelSignal modelSignal = ModelSignal.named(signal);
		return (modelSignal != null) ? modelSignal.eventType().getSimpleName() + "<Entity>" : "the payload type";
	}

}
