package dev.signals.sample.jobs.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the board's emails.
 *
 * @param from the sender address of every email
 */
@ConfigurationProperties("jobs-board.mail")
record NotificationProperties(@DefaultValue("jobs-board@localhost") String from) {
}
