package dev.signals.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds the {@link RecordedSignals} bean and its recorder to the context of a test class
 * annotated with {@link RecordSignals}.
 */
final class RecordSignalsContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, RecordSignals.class)
				? new RecordSignalsContextCustomizer() : null;
	}

	/**
	 * Stateless, hence equal to every other instance, so that test classes that record share
	 * a cached context when the rest of their configuration matches.
	 */
	static final class RecordSignalsContextCustomizer implements ContextCustomizer {

		static final String RECORDINGS_BEAN = "recordedSignals";

		static final String RECORDER_BEAN = "recordedSignalsRecorder";

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
				throw new IllegalStateException("@RecordSignals needs a bean factory that takes bean definitions, not "
						+ beanFactory.getClass().getName());
			}
			registry.registerBeanDefinition(RECORDINGS_BEAN, new RootBeanDefinition(RecordedSignals.class,
					() -> new RecordedSignals(new SignalLog(), new ReceiverWork(beanFactory))));
			registry.registerBeanDefinition(RECORDER_BEAN, new RootBeanDefinition(SignalRecorder.class,
					() -> new SignalRecorder(beanFactory.getBean(RECORDINGS_BEAN, RecordedSignals.class).log(),
							beanFactory)));
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
