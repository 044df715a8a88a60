package dev.signals.sample.jobs.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on Spring's caching, used by the job listing. Spring Boot's simple in-memory cache
 * is enough for one instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
