package dev.signals.hibernate;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.hibernate.BulkOperationInspector.BulkOperationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class BulkOperationInspectorTests {

	private final ReceiverRegistry registry = new ReceiverRegistry();

	private final BulkOperationInspector refusing = new BulkOperationInspector(this.registry, true, null);

	@BeforeEach
	void connectReceivers() {
		this.registry.connect(new ConnectedReceiver(ModelSignals.POST_SAVE, Order.class, Phase.IMMEDIATE, 0, null,
				"audit.saved", (sender, payload) -> null));
		this.registry.connect(new ConnectedReceiver(ModelSignals.PRE_DELETE, Order.class, Phase.IMMEDIATE, 0, null,
				"audit.deleting", (sender, payload) -> null));
		this.refusing.attach(Map.of("orders", new Class<?>[] { Order.class }));
	}

	@ParameterizedTest
	@ValueSource(strings = { "delete from orders where id=?", "DELETE FROM \"public\".\"orders\"",
			"delete o1_0 from orders o1_0 where o1_0.total>?", "/* bulk */ delete from `orders`" })
	void recognisesBulkDeletesInEveryDialect(String sql) {
		assertThatExceptionOfType(BulkOperationException.class).isThrownBy(() -> this.refusing.inspect(sql))
			.withMessageContaining("A bulk delete of Order")
			.withMessageContaining("audit.deleting (pre_delete)")
			.withMessageNotContaining("audit.saved");
	}

	@ParameterizedTest
	@ValueSource(strings = { "update orders set total=?", "update orders o1_0 set o1_0.total=? where o1_0.id=?",
			"  UPDATE public.orders SET total = 0" })
	void recognisesBulkUpdates(String sql) {
		assertThatExceptionOfType(BulkOperationException.class).isThrownBy(() -> this.refusing.inspect(sql))
			.withMessageContaining("A bulk update of Order")
			.withMessageContaining("audit.saved (post_save)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "select * from orders", "insert into orders (total) values (?)",
			"update customers set name=?", "delete from customers" })
	void leavesOtherStatementsAlone(String sql) {
		assertThat(this.refusing.inspect(sql)).isEqualTo(sql);
	}

	@Test
	void leavesTheFlushOwnStatementsAlone() {
		BulkOperationInspector.flushing(true);
		try {
			assertThatNoException().isThrownBy(() -> this.refusing.inspect("update orders set total=? where id=?"));
		}
		finally {
			BulkOperationInspector.flushing(false);
		}
	}

	@Test
	void runsAnInspectorConfiguredBeforeFirst() {
		BulkOperationInspector inspector = new BulkOperationInspector(this.registry, true,
				(sql) -> sql.replace("orders", "archived_orders"));
		inspector.attach(Map.of("orders", new Class<?>[] { Order.class }));
		assertThat(inspector.inspect("delete from orders")).isEqualTo("delete from archived_orders");
	}

	static class Order {

	}

}
