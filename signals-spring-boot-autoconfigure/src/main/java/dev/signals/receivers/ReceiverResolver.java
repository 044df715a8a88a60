package dev.signals.receivers;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.util.ClassUtils;

import dev.signals.SignalReceiver;
import dev.signals.dispatch.PhaseViolation;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.transaction.TransactionPhases;

/**
 * Resolves a receiver method into its signals, senders, phase and order, failing the startup
 * with what to fix when the method cannot work.
 */
final class ReceiverResolver {

	private final ConfigurableListableBeanFactory beanFactory;

	private final ReceiverSignals signals;

	private final ReceiverSenders senders;

	ReceiverResolver(ConfigurableListableBeanFactory beanFactory, ReceiverRegistry registry,
			@Nullable Set<Class<?>> entities) {
		this.beanFactory = beanFactory;
		this.signals = new ReceiverSignals(registry);
		this.senders = new ReceiverSenders(entities);
	}

	ResolvedReceiver resolve(ReceiverMethod method) {
		int parameterCount = method.method().getParameterCount();
		if (parameterCount != 1) {
			throw method.fail("it takes " + parameterCount + " parameters",
					"declare exactly one: the event of a model signal (e.g. PostSave<Order>) or the payload of a "
							+ "custom signal");
		}
		ResolvableType parameter = method.parameter();
		List<String> signals = this.signals.resolve(method, parameter.toClass());
		Class<?>[] senders = this.senders.resolve(method, parameter, signals);
		SignalReceiver annotation = method.annotation();
		PhaseViolation violation = PhaseViolation.of(annotation.phase(), annotation.async(), annotation.durable());
		if (violation != null) {
			throw method.fail(violation.problem(), violation.fix());
		}
		if (annotation.durable() && this.beanFactory.getBeanNamesForType(TransactionPhases.DurableCalls.class).length == 0) {
			throw method.fail("it is durable, but durable delivery is not set up: it needs a single DataSource, "
					+ "spring-jdbc and Jackson (a JsonMapper bean)",
					"add spring-boot-starter-jdbc and spring-boot-starter-jackson, or remove durable = true");
		}
		return new ResolvedReceiver(method.name(), signals, senders, annotation.phase(), order(method),
				annotation.dispatchUid(), annotation.async(), annotation.durable());
	}

	private int order(ReceiverMethod method) {
		Order onMethod = AnnotatedElementUtils.findMergedAnnotation(method.method(), Order.class);
		if (onMethod != null) {
			return onMethod.value();
		}
		String beanName = method.beanName();
		if (this.beanFactory.isSingleton(beanName)
				&& this.beanFactory.getBean(beanName) instanceof Ordered ordered) {
			return ordered.getOrder();
		}
		Class<?> type = this.beanFactory.getType(beanName);
		Integer onClass = (type != null) ? OrderUtils.getOrder(ClassUtils.getUserClass(type)) : null;
		return (onClass != null) ? onClass : Ordered.LOWEST_PRECEDENCE;
	}

}
