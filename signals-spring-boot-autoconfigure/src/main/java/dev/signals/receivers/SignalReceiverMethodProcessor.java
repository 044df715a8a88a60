package dev.signals.receivers;

import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import dev.signals.SignalReceiver;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverInvoker;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Connects the {@link SignalReceiver} methods of the application's beans once all singletons
 * exist, so that receivers may inject repositories without bean cycles; a method that cannot
 * work fails the startup.
 */
public final class SignalReceiverMethodProcessor implements SmartInitializingSingleton {

	private final ConfigurableListableBeanFactory beanFactory;

	private final ReceiverRegistry registry;

	private final Supplier<@Nullable Set<Class<?>>> entityClasses;

	/**
	 * Create the processor of an application context's beans.
	 * @param beanFactory the context's bean factory, whose beans are searched for receiver
	 * methods
	 * @param registry where the receivers are connected and the custom signals declared
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
		SignalDeclarations.declare(this.beanFactory, this.registry);
		@Nullable Set<Class<?>> entities = this.entityClasses.get();
		ReceiverResolver resolver = new ReceiverResolver(this.beanFactory, this.registry, entities);
		ReceiverInvokers invokers = new ReceiverInvokers(this.beanFactory);
		int receivers = 0;
		for (ReceiverMethod method : ReceiverMethods.find(this.beanFactory)) {
			ResolvedReceiver resolved = resolver.resolve(method);
			if (connect(resolved, invokers.invoker(method))) {
				receivers++;
			}
		}
		new StartupSummary(this.registry).log(receivers, entities);
	}

	/**
	 * Whether any connection is new: a dispatch uid already connected keeps its first receiver.
	 */
	private boolean connect(ResolvedReceiver resolved, ReceiverInvoker invoker) {
		boolean connected = false;
		for (ConnectedReceiver connection : resolved.connections(invoker)) {
			connected |= this.registry.connect(connection);
		}
		return connected;
	}

}
