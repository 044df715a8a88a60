package dev.signals.sample.jobs;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

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

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

}
