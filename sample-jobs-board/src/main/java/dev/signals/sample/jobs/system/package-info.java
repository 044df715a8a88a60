/**
 * Application-wide plumbing: caching, demo data and the welcome page.
 */
package dev.signals.sample.jobs.system;
