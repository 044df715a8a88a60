package dev.signals.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import dev.signals.Deliveries;
import dev.signals.Response;
import dev.signals.Signals;
import dev.signals.benchmarks.dispatch.DispatchContext;
import dev.signals.benchmarks.dispatch.Ping;
import dev.signals.benchmarks.dispatch.PingReceiver;
import dev.signals.benchmarks.durable.Delivered;
import dev.signals.benchmarks.durable.DurableDeliveryBenchmark;
import dev.signals.benchmarks.durable.DurableFixture;
import dev.signals.benchmarks.durable.DurableVariant;
import dev.signals.benchmarks.startup.GeneratedReceivers;
import dev.signals.benchmarks.startup.StartupApp;
import dev.signals.benchmarks.writes.Variant;
import dev.signals.benchmarks.writes.WriteBenchmark;
import dev.signals.benchmarks.writes.WriteFixture;
import dev.signals.dispatch.DefaultSignals;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.hibernate.HibernateSignalBridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each benchmark measures what it says: its setup runs, one invocation of every benchmark
 * method calls each receiver once per send or per entity written, and the rows end up as they
 * should. Fast: few entities, one application per case.
 */
class BenchmarkSetupTests {

	private static final int ENTITIES = 120;

	private static final int DELIVERIES = 40;

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 4 })
	void dispatchCallsEachReceiverOnce(int receivers) {
		try (DispatchContext context = new DispatchContext(receivers)) {
			Ping ping = new Ping(1);
			Calls.reset();
			List<Response> responses = context.signals().send(DispatchContext.PING, null, ping);
			assertThat(responses).hasSize(receivers);
			assertThat(Calls.count()).isEqualTo(receivers);
			Calls.reset();
			context.context().publishEvent(ping);
			assertThat(Calls.count()).isEqualTo(receivers);
			Calls.reset();
			for (PingReceiver receiver : context.direct()) {
				receiver.onPing(ping);
			}
			assertThat(Calls.count()).isEqualTo(receivers);
		}
	}

	@ParameterizedTest
	@EnumSource(Variant.class)
	void writesCallTheReceiverOncePerEntity(Variant variant) {
		try (WriteFixture fixture = WriteFixture.start(variant)) {
			// with the starter off, an inert Signals stands in for the dispatcher
			assertThat(fixture.context().getBeanNamesForType(DefaultSignals.class))
				.hasSize(variant.withStarter() ? 1 : 0);
			assertThat(fixture.context().getBeanNamesForType(HibernateSignalBridge.class))
				.hasSize(variant.withStarter() ? 1 : 0);
			// the classpath has Modulith and Jackson for the durable benchmark: neither is active here
			assertThat(fixture.context().getBeanNamesForType(EventPublicationRegistry.class)).isEmpty();
			assertThat(fixture.context().getBeanNamesForType(Deliveries.class)).isEmpty();
			WriteBenchmark benchmark = new WriteBenchmark();
			WriteBenchmark.Allocation allocation = new WriteBenchmark.Allocation();
			for (int round = 0; round < 2; round++) {
				WriteBenchmark.InsertState insert = state(new WriteBenchmark.InsertState(), fixture);
				insert.prepare();
				benchmark.insert(insert);
				insert.check(allocation);
				assertThat(allocation.opAllocatedBytes).isPositive();
				assertThat(fixture.count()).isEqualTo(ENTITIES);

				WriteBenchmark.UpdateState update = state(new WriteBenchmark.UpdateState(), fixture);
				update.prepare();
				benchmark.update(update);
				update.check(allocation);

				WriteBenchmark.DeleteState delete = state(new WriteBenchmark.DeleteState(), fixture);
				delete.prepare();
				benchmark.delete(delete);
				delete.check(allocation);
				assertThat(fixture.count()).isZero();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(DurableVariant.class)
	void durableDeliveriesAllComplete(DurableVariant variant) {
		try (DurableFixture fixture = DurableFixture.start(variant)) {
			// only the variant's own registry is active
			assertThat(fixture.context().getBeanNamesForType(Deliveries.class))
				.hasSize(variant.withStarter() ? 1 : 0);
			assertThat(fixture.context().getBeanNamesForType(EventPublicationRegistry.class))
				.hasSize(variant.withStarter() ? 0 : 1);
			DurableDeliveryBenchmark benchmark = new DurableDeliveryBenchmark();
			DurableDeliveryBenchmark.DeliveryState state = new DurableDeliveryBenchmark.DeliveryState();
			state.variant = variant.name();
			state.deliveries = DELIVERIES;
			state.fixture = fixture;
			state.start();
			for (int round = 0; round < 2; round++) {
				long before = Delivered.count();
				state.prepare();
				assertThat(fixture.rows()).isZero();
				benchmark.deliver(state);
				state.check();
				assertThat(Delivered.count() - before).isEqualTo(DELIVERIES);
				assertThat(fixture.completedRows()).isEqualTo(DELIVERIES);
			}
		}
	}

	@Test
	void durableCheckFailsWhenADeliveryIsNotCompleted() {
		try (DurableFixture fixture = DurableFixture.start(DurableVariant.signals)) {
			DurableDeliveryBenchmark.DeliveryState state = new DurableDeliveryBenchmark.DeliveryState();
			state.variant = DurableVariant.signals.name();
			state.deliveries = DELIVERIES;
			state.fixture = fixture;
			state.start();
			state.prepare();
			new DurableDeliveryBenchmark().deliver(state);
			fixture.context().getBean(org.springframework.jdbc.core.JdbcTemplate.class)
				.update("update signals_delivery set status = 'PENDING' where rownum() = 1");
			assertThatIllegalStateException().isThrownBy(state::check).withMessageContaining("completed records");
		}
	}

	@Test
	void checkFailsWhenTheReceiverIsNotCalled() {
		try (WriteFixture fixture = WriteFixture.start(Variant.signal)) {
			WriteBenchmark.Allocation allocation = new WriteBenchmark.Allocation();
			WriteBenchmark.InsertState insert = state(new WriteBenchmark.InsertState(), fixture);
			insert.prepare();
			fixture.context().getBean(Signals.class).muted(() -> new WriteBenchmark().insert(insert));
			assertThatIllegalStateException().isThrownBy(() -> insert.check(allocation)).withMessageContaining("receiver calls");
		}
	}

	@Test
	void startupDiscoversFiveHundredReceivers() {
		try (ConfigurableApplicationContext context = StartupApp.run(StartupApp.Case.receivers500)) {
			assertThat(context.getBean(ReceiverRegistry.class).all()).hasSize(GeneratedReceivers.RECEIVERS);
		}
		try (ConfigurableApplicationContext context = StartupApp.run(StartupApp.Case.receivers0)) {
			assertThat(context.getBean(ReceiverRegistry.class).all()).isEmpty();
		}
		try (ConfigurableApplicationContext context = StartupApp.run(StartupApp.Case.beans500Disabled)) {
			assertThat(context.getBeanNamesForType(ReceiverRegistry.class)).isEmpty();
			assertThat(context.getBeansOfType(GeneratedReceivers.CLASSES[0])).hasSize(1);
		}
	}

	private static <S extends WriteBenchmark.WriteState> S state(S state, WriteFixture fixture) {
		state.variant = fixture.variant().name();
		state.entities = ENTITIES;
		state.fixture = fixture;
		state.start();
		return state;
	}

}
