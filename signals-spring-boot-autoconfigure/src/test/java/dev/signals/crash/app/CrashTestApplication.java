package dev.signals.crash.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Signal;
import dev.signals.Signals;

/**
 * The application the crash tests run in child JVMs, one per application instance. It scans
 * only its own package ({@code dev.signals.crash.app}), which has no entities. The datasource
 * and the {@code crash.*} switches come as system properties:
 * <ul>
 * <li>{@code crash.instance}: the instance's name, written with each receipt;</li>
 * <li>{@code crash.mode=send} with {@code crash.count=n}: send {@code n} {@code parcel_shipped}
 * signals, each in its own transaction, print {@code SENT n} and stay alive;</li>
 * <li>{@code crash.mode=serve} (default): only deliver, until killed.</li>
 * </ul>
 * Every instance prints {@code READY <instance>} once started. Lines meant for the test start
 * with {@value #PREFIX} on standard output.
 */
@SpringBootApplication
public class CrashTestApplication {

	public static final String PREFIX = "CRASH-TEST ";

	static final String PARCEL_SHIPPED_NAME = "parcel_shipped";

	public static final Signal<Parcel> PARCEL_SHIPPED = Signal.named(PARCEL_SHIPPED_NAME, Parcel.class);

	@Bean
	Signal<Parcel> parcelShipped() {
		return PARCEL_SHIPPED;
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CrashTestApplication.class);
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.main.banner-mode", "off");
		defaults.put("spring.main.web-application-type", "none");
		// the delivery scheduler's thread is a daemon: keep the JVM up until it is killed
		defaults.put("spring.main.keep-alive", "true");
		defaults.put("spring.jpa.open-in-view", "false");
		defaults.put("signals.delivery.lease", "2s");
		defaults.put("signals.delivery.poll-interval", "200ms");
		defaults.put("signals.delivery.initial-interval", "100ms");
		defaults.put("signals.delivery.batch-size", "20");
		application.setDefaultProperties(defaults);
		ConfigurableApplicationContext context = application.run(args);
		report("READY " + System.getProperty("crash.instance", "unnamed"));
		if ("send".equals(System.getProperty("crash.mode", "serve"))) {
			int count = Integer.getInteger("crash.count", 1);
			Signals signals = context.getBean(Signals.class);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			for (int i = 1; i <= count; i++) {
				Parcel parcel = new Parcel("P-" + i);
				transaction.executeWithoutResult((status) -> signals.send(PARCEL_SHIPPED, null, parcel));
			}
			report("SENT " + count);
		}
	}

	static void report(String line) {
		System.out.println(PREFIX + line);
		System.out.flush();
	}

}
