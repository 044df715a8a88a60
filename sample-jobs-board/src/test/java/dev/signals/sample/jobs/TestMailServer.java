package dev.signals.sample.jobs;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One GreenMail SMTP server on a free port for the whole test run, so that every test class
 * pointing {@code spring.mail.port} at it shares one cached Spring context.
 */
public final class TestMailServer {

	private static final GreenMail greenMail = start();

	private TestMailServer() {
	}

	public static GreenMail get() {
		return greenMail;
	}

	public static int port() {
		return greenMail.getSmtp().getPort();
	}

	/**
	 * Point the application's mail sender at this server, from a {@code @DynamicPropertySource}.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestMailServer::port);
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

}
