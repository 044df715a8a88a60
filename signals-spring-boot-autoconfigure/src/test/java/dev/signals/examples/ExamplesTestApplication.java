package dev.signals.examples;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the README's examples run in, with fakes for the mail and the CRM they call.
 */
@SpringBootApplication
public class ExamplesTestApplication {

}
