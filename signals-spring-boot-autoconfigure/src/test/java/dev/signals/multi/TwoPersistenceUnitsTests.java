package dev.signals.multi;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.multi.TwoPersistenceUnitsApplication.Saves;
import dev.signals.multi.customers.Customer;
import dev.signals.multi.orders.PurchaseOrder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TwoPersistenceUnitsApplication.class)
class TwoPersistenceUnitsTests {

	@Autowired
	private Saves saves;

	@Autowired
	@Qualifier("ordersEntityManagerFactory")
	private EntityManagerFactory orders;

	@Autowired
	@Qualifier("customersEntityManagerFactory")
	private EntityManagerFactory customers;

	@Autowired
	private TransactionTemplate ordersTransaction;

	@Autowired
	private JpaTransactionManager customersTransactionManager;

	@Test
	void everyEntityManagerFactorySendsModelSignalsNamedByItsPersistenceUnit() {
		this.ordersTransaction.executeWithoutResult((status) -> EntityManagerFactoryUtils
			.getTransactionalEntityManager(this.orders)
			.persist(new PurchaseOrder("tea")));
		new TransactionTemplate(this.customersTransactionManager).executeWithoutResult((status) -> EntityManagerFactoryUtils
			.getTransactionalEntityManager(this.customers)
			.persist(new Customer("Ann")));
		assertThat(this.saves.immediate).containsExactly("orders:PurchaseOrder", "customers:Customer");
		// writes flushed by the commits of user-defined transaction managers reach before-commit receivers
		assertThat(this.saves.beforeCommit).containsExactly("orders:PurchaseOrder", "customers:Customer");
	}

}
