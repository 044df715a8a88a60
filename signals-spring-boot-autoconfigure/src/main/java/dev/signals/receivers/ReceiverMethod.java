package dev.signals.receivers;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.core.ResolvableType;

import dev.signals.SignalReceiver;

/**
 * One {@link SignalReceiver} method of one bean, named as its startup failure names it.
 *
 * @param beanClass the bean's user class, behind any proxy
 */
record ReceiverMethod(String beanName, Class<?> beanClass, Method method, SignalReceiver annotation) {

	/**
	 * The receiver's name in responses, logs and delivery records.
	 */
	String name() {
		return this.beanName + "." + this.method.getName();
	}

	ResolvableType parameter() {
		return ResolvableType.forMethodParameter(this.method, 0, this.beanClass);
	}

	InvalidSignalReceiverException fail(String what, String fix) {
		String parameters = Arrays.stream(this.method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(", "));
		return new InvalidSignalReceiverException("@SignalReceiver method " + this.beanClass.getSimpleName() + "."
				+ this.method.getName() + "(" + parameters + ") of bean '" + this.beanName + "' cannot work: " + what,
				fix);
	}

}
