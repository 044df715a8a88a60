package dev.signals.sample.jobs.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin's credentials.
 *
 * @param username the admin's user name
 * @param password the admin's password; generated and logged at startup when not set
 */
@ConfigurationProperties("jobs-board.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {
}
