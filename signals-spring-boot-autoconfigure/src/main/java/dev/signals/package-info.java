/**
 * Django-style signals for Spring Boot JPA applications: the public API.
 */
@NullMarked
package dev.signals;

import org.jspecify.annotations.NullMarked;
