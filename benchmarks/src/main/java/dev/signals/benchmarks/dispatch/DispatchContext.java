package dev.signals.benchmarks.dispatch;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Signal;
import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;

/**
 * A context with the starter's dispatcher, {@code receivers} {@link PingReceiver} beans and as many
 * {@link PingEventListener} beans: no JPA, nothing else.
 */
public final class DispatchContext implements AutoCloseable {

	public static final Signal<Ping> PING = Signal.named("ping", Ping.class);

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

	private final PingReceiver[] direct;

	public DispatchContext(int receivers) {
		this.context.register(Config.class);
		for (int i = 0; i < receivers; i++) {
			this.context.registerBean("receiver" + i, PingReceiver.class);
			this.context.registerBean("listener" + i, PingEventListener.class);
		}
		this.context.refresh();
		this.direct = this.context.getBeansOfType(PingReceiver.class).values().toArray(new PingReceiver[0]);
	}

	public Signals signals() {
		return this.context.getBean(Signals.class);
	}

	public AnnotationConfigApplicationContext context() {
		return this.context;
	}

	/** The receivers, to call them directly. */
	public PingReceiver[] direct() {
		return this.direct;
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(SignalsAutoConfiguration.class)
	static class Config {

		@Bean
		Signal<Ping> ping() {
			return PING;
		}

	}

}
