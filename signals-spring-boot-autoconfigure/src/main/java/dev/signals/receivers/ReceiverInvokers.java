package dev.signals.receivers;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ReflectionUtils;

import dev.signals.dispatch.ReceiverInvoker;

/**
 * Builds the method handle that calls a receiver method: bound to the bean once for a
 * singleton, so that dispatch involves no reflection, and given the bean per call otherwise.
 */
final class ReceiverInvokers {

	private static final MethodType BOUND = MethodType.methodType(Object.class, Object.class);

	private static final MethodType UNBOUND = MethodType.methodType(Object.class, Object.class, Object.class);

	private final ConfigurableListableBeanFactory beanFactory;

	ReceiverInvokers(ConfigurableListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	ReceiverInvoker invoker(ReceiverMethod receiver) {
		String beanName = receiver.beanName();
		Method method = receiver.method();
		ReflectionUtils.makeAccessible(method);
		try {
			MethodHandle handle = MethodHandles.lookup().unreflect(method);
			if (this.beanFactory.isSingleton(beanName)) {
				Object bean = this.beanFactory.getBean(beanName);
				Method invocable = invocableMethod(receiver, bean);
				ReflectionUtils.makeAccessible(invocable);
				MethodHandle bound = MethodHandles.lookup().unreflect(invocable).bindTo(bean).asType(BOUND);
				return (sender, payload) -> bound.invokeExact(payload);
			}
			MethodHandle unbound = handle.asType(UNBOUND);
			return (sender, payload) -> unbound.invokeExact(this.beanFactory.getBean(beanName), payload);
		}
		catch (IllegalAccessException ex) {
			throw receiver.fail("it cannot be called (" + ex.getMessage() + ")", "make the method accessible");
		}
	}

	private static Method invocableMethod(ReceiverMethod receiver, Object bean) {
		try {
			return AopUtils.selectInvocableMethod(receiver.method(), bean.getClass());
		}
		catch (IllegalStateException ex) {
			throw receiver.fail("the bean is a JDK proxy whose interfaces do not declare it",
					"declare the method on an interface of the bean or proxy the target class");
		}
	}

}
