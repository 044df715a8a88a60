/**
 * Everything the board does in reaction to signals: emails, their log, and the listing cache.
 * Nothing else imports this package; it is reached through signals only.
 */
package dev.signals.sample.jobs.notification;
