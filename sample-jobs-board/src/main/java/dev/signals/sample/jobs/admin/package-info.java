/**
 * The admin area behind form login: its login page and throttle, managing jobs and seeing
 * their subscribers.
 */
package dev.signals.sample.jobs.admin;
