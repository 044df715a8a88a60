package dev.signals.aggregates;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<ShopOrder, Long> {

	long countByCustomer(String customer);

}
