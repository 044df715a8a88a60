package dev.signals.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import dev.signals.transaction.TransactionPhases;

/**
 * Adds the transaction phases' listener to every transaction manager, user-defined ones
 * included, resolving the phases lazily so that no bean is created early.
 */
final class TransactionManagerPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<TransactionPhases> phases;

	TransactionManagerPostProcessor(ObjectProvider<TransactionPhases> phases) {
		this.phases = phases;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ConfigurableTransactionManager transactionManager) {
			transactionManager.addListener(new LazyListener(this.phases));
		}
		return bean;
	}

	private static final class LazyListener implements TransactionExecutionListener {

		private final ObjectProvider<TransactionPhases> provider;

		private volatile @Nullable TransactionExecutionListener delegate;

		LazyListener(ObjectProvider<TransactionPhases> provider) {
			this.provider = provider;
		}

		@Override
		public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
			TransactionExecutionListener listener = this.delegate;
			if (listener == null) {
				TransactionPhases phases = this.provider.getIfAvailable();
				if (phases == null) {
					return;
				}
				listener = phases.transactionListener();
				this.delegate = listener;
			}
			listener.afterBegin(transaction, beginFailure);
		}

	}

}
