package dev.signals.dispatch;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ReceiverRegistry}.
 */
class ReceiverRegistryTests {

	private final ReceiverRegistry registry = new ReceiverRegistry();

	@Test
	void modelReceiverLookupReturnsTheSameArrayOnRepeatedCalls() {
		ConnectedReceiver receiver = connect(ModelSignals.POST_SAVE, Animal.class, 0, "saved");
		ConnectedReceiver[] first = this.registry.modelReceivers(ModelSignal.POST_SAVE, Animal.class);
		ConnectedReceiver[] second = this.registry.modelReceivers(ModelSignal.POST_SAVE, Animal.class);
		assertThat(first).containsExactly(receiver);
		assertThat(second).isSameAs(first);
	}

	@Test
	void modelReceiverLookupReturnsTheSharedEmptyArrayWhenNobodyListens() {
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Animal.class))
			.isSameAs(ReceiverRegistry.NONE);
		connect(ModelSignals.POST_SAVE, Animal.class, 0, "saved");
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Plant.class))
			.isSameAs(ReceiverRegistry.NONE);
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Plant.class))
			.isSameAs(ReceiverRegistry.NONE);
		assertThat(this.registry.modelReceivers(ModelSignal.PRE_SAVE, Animal.class))
			.isSameAs(ReceiverRegistry.NONE);
		assertThat(this.registry.modelReceivers(ModelSignal.PRE_DELETE, Animal.class))
			.isSameAs(ReceiverRegistry.NONE);
		assertThat(this.registry.modelReceivers(ModelSignal.POST_DELETE, Animal.class))
			.isSameAs(ReceiverRegistry.NONE);
	}

	@Test
	void modelReceiverOfAClassReceivesItsSubclassesButNotItsSuperclasses() {
		ConnectedReceiver ofAnimal = connect(ModelSignals.POST_SAVE, Animal.class, 0, "animal");
		ConnectedReceiver ofDog = connect(ModelSignals.POST_SAVE, Dog.class, 0, "dog");
		ConnectedReceiver ofAny = connect(ModelSignals.POST_SAVE, null, 0, "any");
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Animal.class)).containsExactly(ofAnimal,
				ofAny);
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Dog.class)).containsExactly(ofAnimal,
				ofDog, ofAny);
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Plant.class)).containsExactly(ofAny);
	}

	@Test
	void connectInvalidatesTheCachedLookups() {
		ConnectedReceiver[] before = this.registry.modelReceivers(ModelSignal.PRE_SAVE, Dog.class);
		assertThat(before).isEmpty();
		ConnectedReceiver first = connect(ModelSignals.PRE_SAVE, Animal.class, 0, "first");
		ConnectedReceiver[] afterFirst = this.registry.modelReceivers(ModelSignal.PRE_SAVE, Dog.class);
		assertThat(afterFirst).containsExactly(first);
		ConnectedReceiver second = connect(ModelSignals.PRE_SAVE, Dog.class, 0, "second");
		ConnectedReceiver[] afterSecond = this.registry.modelReceivers(ModelSignal.PRE_SAVE, Dog.class);
		assertThat(afterSecond).containsExactly(first, second);
		assertThat(this.registry.modelReceivers(ModelSignal.PRE_SAVE, Dog.class)).isSameAs(afterSecond);
		assertThat(this.registry.hasModelReceivers()).isTrue();
		assertThat(this.registry.hasModelReceivers(ModelSignal.PRE_SAVE)).isTrue();
		assertThat(this.registry.hasModelReceivers(ModelSignal.POST_SAVE)).isFalse();
	}

	@Test
	void disconnectInvalidatesTheCachedLookups() {
		ConnectedReceiver kept = connect(ModelSignals.POST_DELETE, Animal.class, 0, "kept");
		ConnectedReceiver removed = connect(ModelSignals.POST_DELETE, Animal.class, 0, "removed");
		assertThat(this.registry.modelReceivers(ModelSignal.POST_DELETE, Dog.class)).containsExactly(kept,
				removed);
		assertThat(removed.disconnect()).isTrue();
		assertThat(this.registry.modelReceivers(ModelSignal.POST_DELETE, Dog.class)).containsExactly(kept);
		assertThat(kept.disconnect()).isTrue();
		assertThat(this.registry.modelReceivers(ModelSignal.POST_DELETE, Dog.class))
			.isSameAs(ReceiverRegistry.NONE);
		assertThat(this.registry.hasModelReceivers()).isFalse();
	}

	@Test
	void receiversAreOrderedByOrderThenByConnectionSequence() {
		ConnectedReceiver lateFirst = connect(ModelSignals.POST_SAVE, Animal.class, 5, "late first");
		ConnectedReceiver earlyFirst = connect(ModelSignals.POST_SAVE, Dog.class, 1, "early first");
		ConnectedReceiver lateSecond = connect(ModelSignals.POST_SAVE, null, 5, "late second");
		ConnectedReceiver earlySecond = connect(ModelSignals.POST_SAVE, Animal.class, 1, "early second");
		ConnectedReceiver earliest = connect(ModelSignals.POST_SAVE, Animal.class, Integer.MIN_VALUE, "earliest");
		assertThat(this.registry.modelReceivers(ModelSignal.POST_SAVE, Dog.class)).containsExactly(earliest,
				earlyFirst, earlySecond, lateFirst, lateSecond);
		assertThat(this.registry.receivers(ModelSignals.POST_SAVE, Dog.class)).containsExactly(earliest, earlyFirst,
				earlySecond, lateFirst, lateSecond);
	}

	@Test
	void customSignalLookupIsCachedPerSenderIncludingTheEmptyResult() {
		ConnectedReceiver fromAnimal = connect("greeting", Animal.class, 0, "from animal");
		ConnectedReceiver fromAny = connect("greeting", null, 0, "from any");
		ConnectedReceiver[] forDog = this.registry.receivers("greeting", Dog.class);
		assertThat(forDog).containsExactly(fromAnimal, fromAny);
		assertThat(this.registry.receivers("greeting", Dog.class)).isSameAs(forDog);
		ConnectedReceiver[] withoutSender = this.registry.receivers("greeting", null);
		assertThat(withoutSender).containsExactly(fromAny);
		assertThat(this.registry.receivers("greeting", null)).isSameAs(withoutSender);
		assertThat(this.registry.receivers("farewell", Dog.class)).isSameAs(ReceiverRegistry.NONE);
		assertThat(this.registry.hasModelReceivers()).isFalse();
	}

	@Test
	void cachedLookupsDieWithTheRegistry() {
		List<WeakReference<Object>> dropped = lookUpAndDropARegistry();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			System.gc();
			assertThat(dropped).as("a dropped registry and its receiver, through caches on Dog and Void")
				.allMatch((reference) -> reference.refersTo(null));
		});
	}

	/**
	 * A registry whose lookups were cached for an entity class and for no sender, as an
	 * application's are, then dropped as a closed context drops it.
	 */
	private static List<WeakReference<Object>> lookUpAndDropARegistry() {
		ReceiverRegistry registry = new ReceiverRegistry();
		ConnectedReceiver receiver = new ConnectedReceiver("greeting", null, Phase.IMMEDIATE, 0, null, "bean.greet",
				(from, payload) -> null);
		ConnectedReceiver modelReceiver = new ConnectedReceiver(ModelSignals.POST_SAVE, Animal.class,
				Phase.IMMEDIATE, 0, null, "bean.saved", (from, payload) -> null);
		registry.connect(receiver);
		registry.connect(modelReceiver);
		assertThat(registry.receivers("greeting", null)).containsExactly(receiver);
		assertThat(registry.modelReceivers(ModelSignal.POST_SAVE, Dog.class)).containsExactly(modelReceiver);
		return List.of(new WeakReference<>(registry), new WeakReference<>(receiver),
				new WeakReference<>(modelReceiver));
	}

	@Test
	void receiverWithATakenDispatchUidIsNotConnectedForTheSameSignalAndSender() {
		ConnectedReceiver first = connect("greeting", Animal.class, "audit", "first");
		ConnectedReceiver sameSlot = new ConnectedReceiver("greeting", Animal.class, Phase.IMMEDIATE, 0, "audit",
				"second", (from, payload) -> null);
		ConnectedReceiver otherSender = new ConnectedReceiver("greeting", Dog.class, Phase.IMMEDIATE, 0, "audit",
				"third", (from, payload) -> null);
		ConnectedReceiver otherSignal = new ConnectedReceiver("farewell", Animal.class, Phase.IMMEDIATE, 0, "audit",
				"fourth", (from, payload) -> null);
		assertThat(this.registry.connect(sameSlot)).isFalse();
		assertThat(sameSlot.isConnected()).isFalse();
		assertThat(this.registry.connect(otherSender)).isTrue();
		assertThat(this.registry.connect(otherSignal)).isTrue();
		assertThat(this.registry.receivers("greeting", Dog.class)).containsExactly(first, otherSender);
		assertThat(this.registry.disconnect("greeting", Animal.class, "audit")).isTrue();
		assertThat(first.isConnected()).isFalse();
		assertThat(this.registry.receivers("greeting", Dog.class)).containsExactly(otherSender);
	}

	@Test
	void declaringTwoDifferentSignalsWithOneNameFails() {
		this.registry.declare(Signal.named("greeting", String.class));
		this.registry.declare(Signal.named("greeting", String.class));
		assertThat(this.registry.signals()).hasSize(1);
		assertThatIllegalStateException().isThrownBy(() -> this.registry.declare(Signal.named("greeting", Integer.class)))
			.withMessageContaining("'greeting'");
		assertThat(this.registry.signal("greeting")).isEqualTo(Signal.named("greeting", String.class));
	}

	private ConnectedReceiver connect(String signal, Class<?> sender, int order, String name) {
		ConnectedReceiver receiver = new ConnectedReceiver(signal, sender, Phase.IMMEDIATE, order, null, name,
				(from, payload) -> name);
		assertThat(this.registry.connect(receiver)).isTrue();
		assertThat(receiver.isConnected()).isTrue();
		return receiver;
	}

	private ConnectedReceiver connect(String signal, Class<?> sender, String dispatchUid, String name) {
		ConnectedReceiver receiver = new ConnectedReceiver(signal, sender, Phase.IMMEDIATE, 0, dispatchUid, name,
				(from, payload) -> name);
		assertThat(this.registry.connect(receiver)).isTrue();
		return receiver;
	}

	static class Animal {

	}

	static class Dog extends Animal {

	}

	static class Plant {

	}

}
