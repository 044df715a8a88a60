package dev.signals.receivers;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

import dev.signals.SignalReceiver;

/**
 * Finds the {@link SignalReceiver} methods of a bean factory's beans, in a stable order.
 */
final class ReceiverMethods {

	// a stable, documented order for receivers of equal @Order: by method name, then signature
	private static final Comparator<Method> BY_NAME = Comparator
		.comparing((Method method) -> method.getName() + method.toGenericString());

	private ReceiverMethods() {
	}

	static List<ReceiverMethod> find(ConfigurableListableBeanFactory beanFactory) {
		List<ReceiverMethod> found = new ArrayList<>();
		for (String beanName : beanFactory.getBeanNamesForType(Object.class, true, false)) {
			if (ScopedProxyUtils.isScopedTarget(beanName)) {
				continue;
			}
			Class<?> type = AutoProxyUtils.determineTargetClass(beanFactory, beanName);
			if (type == null) {
				continue;
			}
			Class<?> beanClass = ClassUtils.getUserClass(type);
			Map<Method, SignalReceiver> methods = MethodIntrospector.selectMethods(beanClass,
					(MethodIntrospector.MetadataLookup<SignalReceiver>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, SignalReceiver.class));
			methods.keySet()
				.stream()
				.sorted(BY_NAME)
				.forEach((method) -> found.add(new ReceiverMethod(beanName, beanClass, method, methods.get(method))));
		}
		return found;
	}

}
