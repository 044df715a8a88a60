/**
 * The admin area behind form login: managing jobs and seeing their subscribers.
 */
package dev.signals.sample.jobs.admin;
