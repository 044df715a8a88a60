package dev.signals.benchmarks.writes;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The application of the write benchmarks: Spring Boot's JPA auto-configuration on H2, with or
 * without the starter, and no component scan (the receiver of a variant is added as a source).
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = Item.class)
@EnableJpaRepositories(basePackageClasses = Item.class, considerNestedRepositories = true)
public class WritesApp {

}
