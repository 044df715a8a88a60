package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.signals.Signal;

/**
 * The connected receivers and the declared custom signals. Lookups go through an immutable
 * snapshot with a per-sender-class cache, so that asking about a sender nobody listens to
 * allocates nothing after the first time; connecting replaces the snapshot.
 */
public final class ReceiverRegistry {

	private static final Log logger = LogFactory.getLog(ReceiverRegistry.class);

	/**
	 * No receivers: every empty lookup returns this one array, so that it allocates nothing.
	 */
	public static final ConnectedReceiver[] NONE = new ConnectedReceiver[0];

	private static final Comparator<ConnectedReceiver> CALL_ORDER = Comparator
		.comparingInt(ConnectedReceiver::order)
		.thenComparingLong((receiver) -> receiver.sequence);

	private final Object monitor = new Object();

	private final List<ConnectedReceiver> receivers = new ArrayList<>();

	private volatile Map<String, Signal<?>> signals = Map.of();

	private long nextSequence;

	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

	private volatile Snapshot snapshot = new Snapshot(List.of());

	/**
	 * Declare one of the application's custom signals; declaring it again changes nothing.
	 * @param signal the signal
	 * @throws IllegalStateException if two signals share a name
	 */
	public void declare(Signal<?> signal) {
		synchronized (this.monitor) {
			Signal<?> existing = this.signals.get(signal.name());
			if (existing == null) {
				Map<String, Signal<?>> copy = new HashMap<>(this.signals);
				copy.put(signal.name(), signal);
				this.signals = Map.copyOf(copy);
			}
			else if (!existing.equals(signal)) {
				throw new IllegalStateException("Two signals are named '" + signal.name() + "' (payloads "
						+ existing.payloadType().getName() + " and " + signal.payloadType().getName()
						+ "): a signal name must be unique in the application, rename one of them");
			}
		}
	}

	/**
	 * The declared custom signal of a name, which sent signals and receiver methods are
	 * checked against.
	 * @param name the signal's name
	 * @return the signal, {@code null} if none is declared under that name
	 */
	public @Nullable Signal<?> signal(String name) {
		return this.signals.get(name);
	}

	/**
	 * The declared custom signals, for resolving receiver methods, the startup summary and the
	 * actuator endpoint.
	 * @return a copy of them, in no particular order
	 */
	public List<Signal<?>> signals() {
		return List.copyOf(this.signals.values());
	}

	/**
	 * Connect a receiver unless another one holds its dispatch uid for the same signal and
	 * sender.
	 * @param receiver the receiver
	 * @return whether the receiver was connected
	 */
	public boolean connect(ConnectedReceiver receiver) {
		boolean connected = connectReceiver(receiver);
		if (connected) {
			this.changeListeners.forEach(Runnable::run);
		}
		return connected;
	}

	/**
	 * Be told after receivers were connected or disconnected.
	 * @param listener runs after each change, on the thread that made it
	 */
	public void onChange(Runnable listener) {
		this.changeListeners.add(listener);
	}

	private boolean connectReceiver(ConnectedReceiver receiver) {
		synchronized (this.monitor) {
			if (receiver.dispatchUid() != null) {
				for (ConnectedReceiver existing : this.receivers) {
					if (sameSlot(existing, receiver)) {
						if (!existing.receiver().equals(receiver.receiver())) {
							logger.warn("Receiver " + receiver.receiver() + " not connected to '" + receiver.signal()
									+ "': dispatch uid '" + receiver.dispatchUid() + "' is already taken by "
									+ existing.receiver());
						}
						return false;
					}
				}
			}
			receiver.sequence = this.nextSequence++;
			receiver.attach(this);
			this.receivers.add(receiver);
			this.snapshot = new Snapshot(List.copyOf(this.receivers));
			return true;
		}
	}

	boolean disconnect(ConnectedReceiver receiver) {
		boolean removed;
		synchronized (this.monitor) {
			removed = this.receivers.remove(receiver);
			receiver.detach();
			if (removed) {
				this.snapshot = new Snapshot(List.copyOf(this.receivers));
			}
		}
		if (removed) {
			this.changeListeners.forEach(Runnable::run);
		}
		return removed;
	}

	/**
	 * Disconnect the receiver connected under a dispatch uid, for {@code Signals.disconnect}.
	 * @param signal the signal's name
	 * @param sender the sender filter it was connected with, {@code null} for none
	 * @param dispatchUid the identifier it was connected with
	 * @return whether a receiver was disconnected
	 */
	public boolean disconnect(String signal, @Nullable Class<?> sender, String dispatchUid) {
		ConnectedReceiver found = null;
		synchronized (this.monitor) {
			for (ConnectedReceiver existing : this.receivers) {
				if (existing.signal().equals(signal) && Objects.equals(existing.sender(), sender)
						&& dispatchUid.equals(existing.dispatchUid())) {
					found = existing;
					break;
				}
			}
		}
		return found != null && found.disconnect();
	}

	private static boolean sameSlot(ConnectedReceiver a, ConnectedReceiver b) {
		return a.signal().equals(b.signal()) && Objects.equals(a.sender(), b.sender())
				&& Objects.equals(a.dispatchUid(), b.dispatchUid());
	}

	/**
	 * The receivers of a signal for a sender, in call order.
	 * @param signal the signal's name
	 * @param sender the sender, {@code null} for a signal sent without one
	 * @return the receivers, {@link #NONE} if there are none
	 */
	public ConnectedReceiver[] receivers(String signal, @Nullable Class<?> sender) {
		return this.snapshot.receivers(signal, (sender != null) ? sender : Void.class);
	}

	/**
	 * The receivers of a model signal for an entity class, in call order; the hot path of
	 * every entity write.
	 * @param modelSignal the model signal
	 * @param entityClass the class of the written entity
	 * @return the receivers, {@link #NONE} if there are none
	 */
	public ConnectedReceiver[] modelReceivers(ModelSignal modelSignal, Class<?> entityClass) {
		return this.snapshot.modelReceivers(entityClass)[modelSignal.ordinal()];
	}

	/**
	 * Whether any receiver listens to any model signal, which decides whether transactions
	 * need the flush-before-commit that lets commit-time writes reach their receivers.
	 * @return whether some model receiver is connected
	 */
	public boolean hasModelReceivers() {
		return this.snapshot.hasModelReceivers;
	}

	/**
	 * Whether any receiver listens to one model signal, for any entity.
	 * @param modelSignal the model signal
	 * @return whether some receiver of it is connected
	 */
	public boolean hasModelReceivers(ModelSignal modelSignal) {
		return this.snapshot.modelSignals[modelSignal.ordinal()];
	}

	/**
	 * Whether a signal would reach any receiver other than an observer, as
	 * {@code Signals.hasReceivers} asks.
	 * @param signal the signal's name
	 * @param sender the sender class, {@code null} to ask about receivers of any sender
	 * @return whether some receiver would be called
	 */
	public boolean hasReceivers(String signal, @Nullable Class<?> sender) {
		if (sender != null) {
			for (ConnectedReceiver receiver : receivers(signal, sender)) {
				if (!receiver.isObserver()) {
					return true;
				}
			}
			return false;
		}
		for (ConnectedReceiver receiver : this.snapshot.all) {
			if (receiver.signal().equals(signal) && !receiver.isObserver()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every connected receiver, for the actuator endpoint, the startup summary and durable
	 * delivery, which finds the receiver of a stored call by name.
	 * @return the receivers in the order they were connected
	 */
	public List<ConnectedReceiver> all() {
		return this.snapshot.all;
	}

	/**
	 * The receivers at one moment, with their lookups cached per sender class. The caches
	 * belong to the snapshot, not to the classes (as a {@code ClassValue}'s would), so that
	 * they, and the receivers and beans they reach, die with the registry's context: DevTools
	 * restarts and test suites close many contexts in one JVM.
	 */
	private static final class Snapshot {

		private final List<ConnectedReceiver> all;

		private final boolean hasModelReceivers;

		private final boolean[] modelSignals = new boolean[ModelSignal.count()];

		private final Map<String, SenderCache> bySignal = new HashMap<>();

		private final Map<Class<?>, ConnectedReceiver[][]> model = new ConcurrentHashMap<>();

		Snapshot(List<ConnectedReceiver> all) {
			this.all = all;
			boolean model = false;
			for (ConnectedReceiver receiver : all) {
				ModelSignal modelSignal = ModelSignal.named(receiver.signal());
				if (modelSignal != null) {
					this.modelSignals[modelSignal.ordinal()] = true;
					model = true;
				}
				this.bySignal.computeIfAbsent(receiver.signal(), SenderCache::new);
			}
			this.hasModelReceivers = model;
		}

		ConnectedReceiver[][] modelReceivers(Class<?> entityClass) {
			// get before computeIfAbsent: a hit allocates nothing, not even the capturing lambda
			ConnectedReceiver[][] cached = this.model.get(entityClass);
			return (cached != null) ? cached : this.model.computeIfAbsent(entityClass, this::selectModel);
		}

		private ConnectedReceiver[][] selectModel(Class<?> entityClass) {
			ConnectedReceiver[][] result = new ConnectedReceiver[ModelSignal.count()][];
			for (ModelSignal signal : ModelSignal.values()) {
				result[signal.ordinal()] = select(signal.signalName(), entityClass);
			}
			return result;
		}

		/**
		 * A method connected for overlapping senders ({@code sender = {Animal.class, Dog.class}})
		 * is called once per signal.
		 */
		private static boolean calledBy(List<ConnectedReceiver> selected, ConnectedReceiver receiver) {
			for (ConnectedReceiver other : selected) {
				if (other.sameTarget(receiver)) {
					return true;
				}
			}
			return false;
		}

		ConnectedReceiver[] receivers(String signal, Class<?> sender) {
			SenderCache cache = this.bySignal.get(signal);
			return (cache != null) ? cache.receivers(sender) : NONE;
		}

		private ConnectedReceiver[] select(String signal, Class<?> sender) {
			List<ConnectedReceiver> selected = new ArrayList<>();
			for (ConnectedReceiver receiver : this.all) {
				if (receiver.signal().equals(signal) && receiver.accepts(sender) && !calledBy(selected, receiver)) {
					selected.add(receiver);
				}
			}
			if (selected.isEmpty()) {
				return NONE;
			}
			selected.sort(CALL_ORDER);
			return selected.toArray(NONE);
		}

		/**
		 * The receivers of one signal by sender class.
		 */
		private final class SenderCache {

			private final String signal;

			private final Map<Class<?>, ConnectedReceiver[]> bySender = new ConcurrentHashMap<>();

			SenderCache(String signal) {
				this.signal = signal;
			}

			ConnectedReceiver[] receivers(Class<?> sender) {
				ConnectedReceiver[] cached = this.bySender.get(sender);
				return (cached != null) ? cached
						: this.bySender.computeIfAbsent(sender, (key) -> select(this.signal, key));
			}

		}

	}

}
