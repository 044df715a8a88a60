package dev.signals.multi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * An application with two databases and two user-defined entity manager factories.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration")
class TwoPersistenceUnitsApplication {

	@Bean
	DataSource ordersDataSource() {
		return database("orders");
	}

	@Bean
	DataSource customersDataSource() {
		return database("customers");
	}

	@Bean
	LocalContainerEntityManagerFactoryBean ordersEntityManagerFactory() {
		return entityManagerFactory("orders", ordersDataSource(), "dev.signals.multi.orders");
	}

	@Bean
	LocalContainerEntityManagerFactoryBean customersEntityManagerFactory() {
		return entityManagerFactory("customers", customersDataSource(), "dev.signals.multi.customers");
	}

	@Bean
	TransactionTemplate ordersTransaction(EntityManagerFactory ordersEntityManagerFactory) {
		return new TransactionTemplate(new JpaTransactionManager(ordersEntityManagerFactory));
	}

	@Bean
	JpaTransactionManager customersTransactionManager(EntityManagerFactory customersEntityManagerFactory) {
		return new JpaTransactionManager(customersEntityManagerFactory);
	}

	@Bean
	Saves saves() {
		return new Saves();
	}

	private static DataSource database(String name) {
		return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).setName(name).build();
	}

	private static LocalContainerEntityManagerFactoryBean entityManagerFactory(String unit, DataSource dataSource,
			String packageToScan) {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setPersistenceUnitName(unit);
		factory.setDataSource(dataSource);
		factory.setPackagesToScan(packageToScan);
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "create-drop"));
		return factory;
	}

	/**
	 * Receives the saves of both units.
	 */
	static class Saves {

		final List<String> immediate = new CopyOnWriteArrayList<>();

		final List<String> beforeCommit = new CopyOnWriteArrayList<>();

		@SignalReceiver
		void saved(PostSave<Object> event) {
			this.immediate.add(event.persistenceUnit() + ":" + event.sender().getSimpleName());
		}

		@SignalReceiver(phase = Phase.BEFORE_COMMIT)
		void savedBeforeCommit(PostSave<Object> event) {
			this.beforeCommit.add(event.persistenceUnit() + ":" + event.sender().getSimpleName());
		}

	}

}
