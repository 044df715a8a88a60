package dev.signals.aot;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.Signal;
import dev.signals.SignalReceiver;

import static org.assertj.core.api.Assertions.assertThat;

class DurableReceiverHintsAotProcessorTests {

	@Test
	void registersThePayloadTypeOfADurableReceiverAndWhatItHoldsForJsonBinding() {
		RuntimeHints hints = AotProcessing.hintsFor(DurableReceivers.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(OrderPlaced.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OrderPlaced.class, "lines")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OrderLine.class, "sku")).accepts(hints);
	}

	@Test
	void registersTheSenderClassesOfADurableReceiver() {
		RuntimeHints hints = AotProcessing.hintsFor(DurableReceivers.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Checkout.class)).accepts(hints);
	}

	@Test
	void registersThePayloadTypesOfSignalsThatADurableReceiverTakesAsASupertype() {
		RuntimeHints hints = AotProcessing.hintsFor(ShippingSignals.class, ShippingReceivers.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(OrderShipped.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(OrderShipped.class, "trackingNumber"))
			.accepts(hints);
	}

	@Test
	void registersNothingForThePayloadOfAReceiverThatIsNotDurable() {
		RuntimeHints hints = AotProcessing.hintsFor(DurableReceivers.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(CartViewed.class)).rejects(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Storefront.class)).rejects(hints);
	}

	@Test
	void registersNothingForTheModelEventOfADurableReceiver() {
		RuntimeHints hints = AotProcessing.hintsFor(DurableReceivers.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(PostSave.class)).rejects(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Customer.class)).rejects(hints);
	}

	record OrderPlaced(String id, List<OrderLine> lines) {
	}

	record OrderLine(String sku, int quantity) {
	}

	record CartViewed(String cart) {
	}

	static class Checkout {

	}

	static class Storefront {

	}

	static class Customer {

	}

	interface OrderEvent {

	}

	record OrderShipped(String trackingNumber) implements OrderEvent {
	}

	static class DurableReceivers {

		@SignalReceiver(sender = Checkout.class, phase = Phase.AFTER_COMMIT, durable = true)
		void placed(OrderPlaced event) {
		}

		@SignalReceiver(sender = Storefront.class, phase = Phase.AFTER_COMMIT)
		void viewed(CartViewed event) {
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true)
		void customerSaved(PostSave<Customer> event) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ShippingSignals {

		@Bean
		Signal<OrderShipped> orderShipped() {
			return Signal.named("order_shipped", OrderShipped.class);
		}

	}

	static class ShippingReceivers {

		@SignalReceiver(signal = "order_shipped", phase = Phase.AFTER_COMMIT, durable = true)
		void shipped(OrderEvent event) {
		}

	}

}
