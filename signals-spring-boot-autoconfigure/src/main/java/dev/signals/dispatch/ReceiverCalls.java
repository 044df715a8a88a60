package dev.signals.dispatch;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.function.SingletonSupplier;

import dev.signals.Phase;
import dev.signals.SignalInterceptor;
import dev.signals.SignalInvocation;

/**
 * The one place where receivers are called: runs the interceptors and the observation around
 * each call and counts the calls that reach the receiver and the failures. With neither, a
 * call is the receiver's method handle and a counter.
 */
public final class ReceiverCalls {

	private static final SignalInterceptor[] NO_INTERCEPTORS = new SignalInterceptor[0];

	private final SingletonSupplier<Chain> chain;

	/**
	 * Calls receivers with neither interceptors nor observation.
	 */
	public ReceiverCalls() {
		this.chain = SingletonSupplier.of(Chain.NONE);
	}

	/**
	 * Both are asked for at the first call, not before: interceptors may depend on
	 * {@link dev.signals.Signals} themselves.
	 * @param interceptors the interceptors, outermost first
	 * @param observer the observer of every call, or {@code null} for none
	 */
	public ReceiverCalls(Supplier<List<SignalInterceptor>> interceptors, Supplier<@Nullable CallObserver> observer) {
		this.chain = SingletonSupplier
			.of(() -> new Chain(interceptors.get().toArray(NO_INTERCEPTORS), observer.get()));
	}

	/**
	 * Call a receiver; its exception propagates after being counted.
	 * @param receiver the receiver to call
	 * @param sender the class that sent the signal, {@code null} for a signal sent without one
	 * @param payload the custom signal's payload or the model event
	 * @return the receiver's response, or an interceptor's in its place
	 */
	public @Nullable Object call(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload) {
		ReceiverStats stats = receiver.stats();
		Chain chain = receiver.isObserver() ? Chain.NONE : this.chain.obtain();
		try {
			CallObserver observer = chain.observer();
			if (chain.interceptors().length == 0 && observer == null) {
				stats.called();
				return receiver.invoke(sender, payload);
			}
			Invocation invocation = new Invocation(receiver, sender, payload, chain.interceptors());
			return (observer != null) ? observer.observe(invocation) : invocation.proceed();
		}
		catch (RuntimeException | Error ex) {
			stats.failed(ex);
			throw ex;
		}
	}

	/**
	 * The observer of the calls, {@code null} when they go unobserved.
	 */
	@Nullable CallObserver observer() {
		return this.chain.obtain().observer();
	}

	private record Chain(SignalInterceptor[] interceptors, @Nullable CallObserver observer) {

		static final Chain NONE = new Chain(NO_INTERCEPTORS, null);

	}

	/**
	 * Observes receiver calls, for example as Micrometer observations.
	 */
	public interface CallObserver {

		/**
		 * Make one receiver call, observed.
		 * @param invocation the call, to {@link Invocation#proceed() proceed} with
		 * @return what the call returned
		 */
		@Nullable Object observe(Invocation invocation);

	}

	/**
	 * A receiver call going through the interceptor chain.
	 */
	public static final class Invocation implements SignalInvocation {

		private final ConnectedReceiver receiver;

		private final @Nullable Class<?> sender;

		private final Object payload;

		private final SignalInterceptor[] chain;

		private int next;

		private boolean called;

		Invocation(ConnectedReceiver receiver, @Nullable Class<?> sender, Object payload, SignalInterceptor[] chain) {
			this.receiver = receiver;
			this.sender = sender;
			this.payload = payload;
			this.chain = chain;
		}

		@Override
		public String signal() {
			return this.receiver.signal();
		}

		@Override
		public @Nullable Class<?> sender() {
			return this.sender;
		}

		@Override
		public Object payload() {
			return this.payload;
		}

		@Override
		public String receiver() {
			return this.receiver.receiver();
		}

		@Override
		public Phase phase() {
			return this.receiver.phase();
		}

		@Override
		public @Nullable Object proceed() {
			if (this.next < this.chain.length) {
				return this.chain[this.next++].intercept(this);
			}
			this.called = true;
			this.receiver.stats().called();
			return this.receiver.invoke(this.sender, this.payload);
		}

		/**
		 * Whether the receiver itself ran, rather than being skipped by an interceptor.
		 * @return whether the chain reached the receiver
		 */
		public boolean receiverCalled() {
			return this.called;
		}

	}

}
