package dev.signals.aot;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

import dev.signals.ModelEvent;
import dev.signals.Signal;
import dev.signals.SignalReceiver;

/**
 * Registers what durable delivery reads back by name from a stored delivery: the payload types
 * of durable receivers' custom signals, for Jackson binding, and their sender classes.
 * <p>
 * Model events need nothing here: the stored event names the entity, whose class, id and
 * attribute types Spring's own JPA processing already registers for binding. A payload of a
 * subclass of the declared type is not seen; the application registers it itself, for example
 * with {@code @RegisterReflectionForBinding}.
 */
final class DurableReceiverHintsAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		List<Class<?>> signalPayloads = new ArrayList<>();
		Set<Class<?>> beanClasses = new LinkedHashSet<>();
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			RegisteredBean bean = RegisteredBean.of(beanFactory, beanName);
			beanClasses.add(ClassUtils.getUserClass(bean.getBeanClass()));
			ResolvableType type = bean.getBeanType();
			if (Signal.class.isAssignableFrom(type.toClass())) {
				Class<?> payload = type.as(Signal.class).getGeneric(0).resolve();
				if (payload != null) {
					signalPayloads.add(payload);
				}
			}
		}
		Set<Class<?>> payloads = new LinkedHashSet<>();
		Set<Class<?>> senders = new LinkedHashSet<>();
		for (Class<?> beanClass : beanClasses) {
			durableReceivers(beanClass).forEach((method, receiver) -> {
				Class<?> parameter = ResolvableType.forMethodParameter(method, 0, beanClass).toClass();
				if (ModelEvent.class.isAssignableFrom(parameter)) {
					return;
				}
				payloads.add(parameter);
				// a signal's name is only known from its instance: a receiver taking a supertype may be
				// named for any signal whose payload it accepts
				signalPayloads.stream().filter(parameter::isAssignableFrom).forEach(payloads::add);
				senders.addAll(List.of(receiver.sender()));
			});
		}
		if (payloads.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> {
			ReflectionHints reflection = generationContext.getRuntimeHints().reflection();
			new BindingReflectionHintsRegistrar().registerReflectionHints(reflection, payloads.toArray(Class<?>[]::new));
			senders.forEach(reflection::registerType);
		};
	}

	/**
	 * Found as {@code SignalReceiverMethodProcessor} finds receivers at startup, so that both
	 * see the same methods.
	 */
	private static Map<Method, SignalReceiver> durableReceivers(Class<?> beanClass) {
		return MethodIntrospector.selectMethods(beanClass,
				(MethodIntrospector.MetadataLookup<SignalReceiver>) (method) -> {
					SignalReceiver receiver = AnnotatedElementUtils.findMergedAnnotation(method, SignalReceiver.class);
					return (receiver != null && receiver.durable() && method.getParameterCount() == 1) ? receiver
							: null;
				});
	}

}
