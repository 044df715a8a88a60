package dev.signals.sample.jobs.notification;

/**
 * A plain-text email to one recipient.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the text
 */
record Email(String to, String subject, String body) {
}
