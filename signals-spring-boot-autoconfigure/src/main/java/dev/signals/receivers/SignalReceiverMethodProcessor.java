package dev.signals.receivers;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverInvoker;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.transaction.TransactionPhases;

/**
 * Finds the {@link SignalReceiver} methods of the application's beans once all singletons
 * exist, checks that each can work, and connects it. Receivers are resolved after the
 * singletons so that they may inject repositories without bean cycles.
 */
public final class SignalReceiverMethodProcessor implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SignalReceiverMethodProcessor.class);

	private final ConfigurableListableBeanFactory beanFactory;

	private final ReceiverRegistry registry;

	private final Supplier<@Nullable Set<Class<?>>> entityClasses;

	/**
	 * @param entityClasses the entity classes of every persistence unit, for checking model
	 * signal senders; {@code null} when the context has no {@code EntityManagerFactory}
	 */
	public SignalReceiverMethodProcessor(ConfigurableListableBeanFactory beanFactory, ReceiverRegistry registry,
			Supplier<@Nullable Set<Class<?>>> entityClasses) {
		this.beanFactory = beanFactory;
		this.registry = registry;
		this.entityClasses = entityClasses;
	}

	@Override
	public void afterSingletonsInstantiated() {
		declareSignals();
		@Nullable Set<Class<?>> entities = this.entityClasses.get();
		int receivers = 0;
		for (String beanName : this.beanFactory.getBeanNamesForType(Object.class, true, false)) {
			if (ScopedProxyUtils.isScopedTarget(beanName)) {
				continue;
			}
			Class<?> type = AutoProxyUtils.determineTargetClass(this.beanFactory, beanName);
			Map<Method, SignalReceiver> methods = (type != null) ? receiverMethods(type) : Map.of();
			for (Map.Entry<Method, SignalReceiver> entry : methods.entrySet()) {
				if (connect(beanName, type, entry.getKey(), entry.getValue(), entities) > 0) {
					receivers++;
				}
			}
		}
		if (entities == null) {
			logInertModelReceivers();
		}
		logSummary(receivers, (entities != null) ? entities : Set.of());
	}

	/**
	 * A context without persistence units, such as a web test that excludes the JPA
	 * auto-configurations, keeps the application's model receivers: they are not wrong, only
	 * idle, so one line says so instead of failing the startup.
	 */
	private void logInertModelReceivers() {
		int receivers = (int) this.registry.all()
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

	/**
	 * One line at INFO tells what the application reacts to; DEBUG adds every connection,
	 * which is what to read when a receiver does not run.
	 */
	private void logSummary(int receivers, Set<Class<?>> entities) {
		if (logger.isInfoEnabled()) {
			List<String> custom = this.registry.signals().stream().map(Signal::name).sorted().toList();
			List<String> covered = entities.stream()
				.filter(this::hasModelReceivers)
				.map(Class::getSimpleName)
				.sorted()
				.toList();
			logger.info("Signals: " + count(custom.size(), "custom signal") + list(custom) + ", "
					+ count(receivers, "receiver") + ", model signals for " + count(covered.size(), "entity type")
					+ list(covered));
		}
		if (logger.isDebugEnabled()) {
			for (ConnectedReceiver receiver : this.registry.all()) {
				Class<?> sender = receiver.sender();
				String uid = receiver.dispatchUid();
				logger.debug("Signal " + receiver.signal() + " from "
						+ ((sender != null) ? sender.getName() : "any sender") + " -> " + receiver.receiver() + " ("
						+ receiver.phase() + ", order " + receiver.order()
						+ ((uid != null) ? ", dispatch uid '" + uid + "'" : "") + ")");
			}
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

	private static String count(int count, String noun) {
		return count + " " + noun + ((count != 1) ? "s" : "");
	}

	private static String list(List<String> names) {
		return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
	}

	private static Map<Method, SignalReceiver> receiverMethods(Class<?> type) {
		Class<?> userClass = ClassUtils.getUserClass(type);
		Map<Method, SignalReceiver> found = MethodIntrospector.selectMethods(userClass,
				(MethodIntrospector.MetadataLookup<SignalReceiver>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, SignalReceiver.class));
		// a stable, documented order for receivers of equal @Order: by method name, then signature
		Map<String, Method> byName = new TreeMap<>();
		found.keySet().forEach((method) -> byName.put(method.getName() + method.toGenericString(), method));
		Map<Method, SignalReceiver> sorted = new LinkedHashMap<>();
		byName.values().forEach((method) -> sorted.put(method, found.get(method)));
		return sorted;
	}

	private void declareSignals() {
		Map<String, String> beanBySignal = new LinkedHashMap<>();
		for (Map.Entry<String, Signal> entry : this.beanFactory.getBeansOfType(Signal.class).entrySet()) {
			Signal<?> signal = entry.getValue();
			String previous = beanBySignal.putIfAbsent(signal.name(), entry.getKey());
			if (previous != null) {
				throw new InvalidSignalReceiverException("Signal beans '" + previous + "' and '" + entry.getKey()
						+ "' are both named '" + signal.name() + "': a signal name must be unique in the application",
						"rename one of them");
			}
			this.registry.declare(signal);
		}
	}

	private int connect(String beanName, Class<?> type, Method method, SignalReceiver annotation,
			@Nullable Set<Class<?>> entities) {
		String name = beanName + "." + method.getName();
		Problem problem = new Problem(beanName, ClassUtils.getUserClass(type), method);
		if (method.getParameterCount() != 1) {
			throw problem.fail("it takes " + method.getParameterCount() + " parameters",
					"declare exactly one: the event of a model signal (e.g. PostSave<Order>) or the payload of a "
							+ "custom signal");
		}
		ResolvableType parameter = ResolvableType.forMethodParameter(method, 0, ClassUtils.getUserClass(type));
		Class<?> parameterType = parameter.toClass();
		List<String> signals = resolveSignals(problem, annotation, parameterType);
		Class<?>[] senders = resolveSenders(problem, annotation, parameter, parameterType, signals, entities);
		if (annotation.async() && (annotation.phase() == Phase.IMMEDIATE || annotation.phase() == Phase.BEFORE_COMMIT)) {
			throw problem.fail("it is async in phase " + annotation.phase()
					+ ", but only receivers of the phases after the transaction's end run on another thread",
					"use phase = Phase.AFTER_COMMIT (or AFTER_ROLLBACK, AFTER_COMPLETION), or remove async = true");
		}
		if (annotation.durable() && this.beanFactory.getBeanNamesForType(TransactionPhases.DurableCalls.class).length == 0) {
			throw problem.fail("it is durable, but durable delivery is not set up: it needs a single DataSource, "
					+ "spring-jdbc and Jackson (a JsonMapper bean)",
					"add spring-boot-starter-jdbc and spring-boot-starter-jackson, or remove durable = true");
		}
		if (annotation.durable() && annotation.phase() != Phase.AFTER_COMMIT) {
			throw problem.fail("it is durable in phase " + annotation.phase()
					+ ", but durable delivery is for receivers that run once the data is committed",
					"use phase = Phase.AFTER_COMMIT, or remove durable = true");
		}
		ReceiverInvoker invoker = invoker(beanName, type, method, problem);
		int order = order(beanName, method);
		int connected = 0;
		for (String signal : signals) {
			for (Class<?> sender : senders) {
				Class<?> filter = (sender == Object.class) ? null : sender;
				ConnectedReceiver receiver = new ConnectedReceiver(signal, filter, annotation.phase(), order,
						annotation.dispatchUid(), name, invoker, annotation.async(), annotation.durable());
				if (this.registry.connect(receiver)) {
					connected++;
				}
			}
		}
		return connected;
	}

	private List<String> resolveSignals(Problem problem, SignalReceiver annotation, Class<?> parameterType) {
		List<String> named = List.of(annotation.signal());
		ModelSignal impliedSignal = ModelSignal.ofEventType(parameterType);
		if (impliedSignal != null) {
			String implied = impliedSignal.signalName();
			for (String signal : named) {
				if (!signal.equals(implied)) {
					throw problem.fail("its parameter " + parameterType.getSimpleName() + " is the event of '"
							+ implied + "', not of '" + signal + "'",
							"remove signal = \"" + signal + "\" or take " + eventTypeOf(signal, problem)
									+ " (or ModelEvent for several model signals)");
				}
			}
			return List.of(implied);
		}
		if (parameterType == ModelEvent.class) {
			if (named.isEmpty()) {
				throw problem.fail("a ModelEvent parameter does not say which model signals to receive",
						"name them, e.g. @SignalReceiver(signal = {\"post_save\", \"post_delete\"})");
			}
			for (String signal : named) {
				if (!ModelSignals.isModelSignal(signal)) {
					throw problem.fail("'" + signal + "' is not a model signal but the parameter is a ModelEvent",
							"name only " + ModelSignals.NAMES + " or take the custom signal's payload type");
				}
			}
			return named;
		}
		if (named.isEmpty()) {
			List<Signal<?>> candidates = new ArrayList<>();
			for (Signal<?> signal : this.registry.signals()) {
				if (signal.payloadType() == ClassUtils.resolvePrimitiveIfNecessary(parameterType)) {
					candidates.add(signal);
				}
			}
			if (candidates.size() == 1) {
				return List.of(candidates.get(0).name());
			}
			if (candidates.isEmpty()) {
				throw problem.fail("no signal carries its parameter type " + parameterType.getName(),
						"declare one as a bean, @Bean Signal<" + parameterType.getSimpleName() + "> s() { return "
								+ "Signal.named(\"...\", " + parameterType.getSimpleName()
								+ ".class); }, name it with @SignalReceiver(signal = \"...\"), or take a model event "
								+ "such as PostSave<Entity>");
			}
			throw problem.fail("several signals carry its parameter type " + parameterType.getName() + ": "
					+ candidates.stream().map(Signal::name).toList(), "name one with @SignalReceiver(signal = \"...\")");
		}
		for (String name : named) {
			if (ModelSignals.isModelSignal(name)) {
				throw problem.fail("it receives the model signal '" + name + "' but takes "
						+ parameterType.getSimpleName(), "take " + eventTypeOf(name, problem) + " instead");
			}
			Signal<?> signal = this.registry.signal(name);
			if (signal == null) {
				throw problem.fail("no signal is named '" + name + "' (custom signals: "
						+ this.registry.signals().stream().map(Signal::name).sorted().toList() + "; model signals: "
						+ ModelSignals.NAMES + ")", "fix the name or declare @Bean Signal<...> named \"" + name + "\"");
			}
			if (!ClassUtils.isAssignable(parameterType, signal.payloadType())) {
				throw problem.fail("signal '" + name + "' carries " + signal.payloadType().getName()
						+ ", which its parameter type " + parameterType.getName() + " cannot take",
						"take " + signal.payloadType().getSimpleName() + " or a supertype of it");
			}
		}
		return named;
	}

	private static String eventTypeOf(String signal, Problem problem) {
		ModelSignal modelSignal = ModelSignal.named(signal);
		return (modelSignal != null) ? modelSignal.eventType().getSimpleName() + "<Entity>" : "the payload type";
	}

	private Class<?>[] resolveSenders(Problem problem, SignalReceiver annotation, ResolvableType parameter,
			Class<?> parameterType, List<String> signals, @Nullable Set<Class<?>> entities) {
		boolean model = ModelSignals.isModelSignal(signals.get(0));
		Class<?>[] senders = annotation.sender();
		if (!model) {
			return (senders.length > 0) ? senders : new Class<?>[] { Object.class };
		}
		Class<?> inferred = parameter.getGeneric(0).resolve(Object.class);
		if (inferred != Object.class) {
			requireEntity(problem, inferred, entities, "its event's type argument");
		}
		if (senders.length == 0) {
			return new Class<?>[] { inferred };
		}
		for (Class<?> sender : senders) {
			requireEntity(problem, sender, entities, "its sender");
			if (!inferred.isAssignableFrom(sender)) {
				throw problem.fail("its sender " + sender.getName() + " is not a " + inferred.getSimpleName()
						+ ", the type its " + parameterType.getSimpleName() + " takes",
						"use a sender that is a subclass of " + inferred.getSimpleName()
								+ " or widen the event's type argument");
			}
		}
		return senders;
	}

	private static void requireEntity(Problem problem, Class<?> type, @Nullable Collection<Class<?>> entities,
			String what) {
		if (entities == null) {
			// without any persistence unit there is nothing to check against, and nothing is sent
			return;
		}
		for (Class<?> entity : entities) {
			if (type.isAssignableFrom(entity)) {
				return;
			}
		}
		throw problem.fail(what + " " + type.getName() + " is not a JPA entity (nor a supertype of one) of any "
				+ "EntityManagerFactory, so no model signal is ever sent for it",
				"use an @Entity class, or a superclass of entities to receive all of them");
	}

	private ReceiverInvoker invoker(String beanName, Class<?> type, Method method, Problem problem) {
		ReflectionUtils.makeAccessible(method);
		try {
			MethodHandle handle = MethodHandles.lookup().unreflect(method);
			if (this.beanFactory.isSingleton(beanName)) {
				Object bean = this.beanFactory.getBean(beanName);
				Method invocable = invocableMethod(bean, method, problem);
				ReflectionUtils.makeAccessible(invocable);
				MethodHandle bound = MethodHandles.lookup()
					.unreflect(invocable)
					.bindTo(bean)
					.asType(MethodType.methodType(Object.class, Object.class));
				return (sender, payload) -> bound.invokeExact(payload);
			}
			MethodHandle unbound = handle.asType(MethodType.methodType(Object.class, Object.class, Object.class));
			return (sender, payload) -> unbound.invokeExact(this.beanFactory.getBean(beanName), payload);
		}
		catch (IllegalAccessException ex) {
			throw problem.fail("it cannot be called (" + ex.getMessage() + ")", "make the method accessible");
		}
	}

	private static Method invocableMethod(Object bean, Method method, Problem problem) {
		try {
			return AopUtils.selectInvocableMethod(method, bean.getClass());
		}
		catch (IllegalStateException ex) {
			throw problem.fail("the bean is a JDK proxy whose interfaces do not declare it",
					"declare the method on an interface of the bean or proxy the target class");
		}
	}

	private int order(String beanName, Method method) {
		Order onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Order.class);
		if (onMethod != null) {
			return onMethod.value();
		}
		if (this.beanFactory.isSingleton(beanName)) {
			Object bean = this.beanFactory.getBean(beanName);
			if (bean instanceof Ordered ordered) {
				return ordered.getOrder();
			}
		}
		Class<?> type = this.beanFactory.getType(beanName);
		Integer onClass = (type != null) ? OrderUtils.getOrder(ClassUtils.getUserClass(type)) : null;
		return (onClass != null) ? onClass : Ordered.LOWEST_PRECEDENCE;
	}

	private record Problem(String beanName, Class<?> type, Method method) {

		BeansException fail(String what, String fix) {
			String parameters = Arrays.stream(this.method.getParameterTypes())
				.map(Class::getSimpleName)
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
			return new InvalidSignalReceiverException("@SignalReceiver method " + this.type.getSimpleName() + "."
					+ this.method.getName() + "(" + parameters + ") of bean '" + this.beanName + "' cannot work: "
					+ what, fix);
		}

	}

}
