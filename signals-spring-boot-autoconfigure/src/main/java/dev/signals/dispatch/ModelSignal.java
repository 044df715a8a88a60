package dev.signals.dispatch;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;

/**
 * The one table of the model signals: each one's name, its event type and how its event is
 * built. Everything that lists, looks up or decodes model signals goes through it, so a new
 * model signal is one constant here.
 */
public enum ModelSignal {

	/**
	 * {@code pre_save}: before an entity's row is inserted or updated.
	 */
	PRE_SAVE(ModelSignals.PRE_SAVE, PreSave.class, false) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PreSave(instance, sender, unit, created, changes);
		}
	},

	/**
	 * {@code post_save}: after an entity's row was inserted or updated.
	 */
	POST_SAVE(ModelSignals.POST_SAVE, PostSave.class, false) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PostSave(instance, sender, unit, created, changes);
		}
	},

	/**
	 * {@code pre_delete}: when an entity's removal is requested, cascades included.
	 */
	PRE_DELETE(ModelSignals.PRE_DELETE, PreDelete.class, true) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PreDelete(instance, sender, unit);
		}
	},

	/**
	 * {@code post_delete}: after an entity's row was deleted.
	 */
	POST_DELETE(ModelSignals.POST_DELETE, PostDelete.class, true) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PostDelete(instance, sender, unit);
		}
	};

	private static final ModelSignal[] ALL = values();

	private final String signalName;

	private final Class<?> eventType;

	private final boolean delete;

	ModelSignal(String signalName, Class<?> eventType, boolean delete) {
		this.signalName = signalName;
		this.eventType = eventType;
		this.delete = delete;
	}

	/**
	 * The public name receivers use, such as {@code pre_save}.
	 * @return the name
	 */
	public String signalName() {
		return this.signalName;
	}

	/**
	 * The event record its receivers take, such as {@code PreSave}.
	 * @return the event type
	 */
	public Class<?> eventType() {
		return this.eventType;
	}

	/**
	 * Whether it announces a row's deletion, whose instance cannot be reloaded afterwards.
	 * @return whether it is one of the delete signals
	 */
	public boolean isDelete() {
		return this.delete;
	}

	/**
	 * Build this signal's event; save events take {@code created} and {@code changes}, delete
	 * events ignore them.
	 * @param instance the written entity
	 * @param sender the entity's class
	 * @param unit the name of the persistence unit that writes it
	 * @param created whether the row is inserted rather than updated
	 * @param changes the changed attributes by name, empty for an insert
	 * @return the event its receivers get
	 */
	public abstract ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
			Map<String, Change> changes);

	/**
	 * The model signal of a public name.
	 * @param name a signal's name, such as {@code pre_save}
	 * @return the signal, {@code null} for a custom signal's name
	 */
	public static @Nullable ModelSignal named(String name) {
		for (ModelSignal signal : ALL) {
			if (signal.signalName.equals(name)) {
				return signal;
			}
		}
		return null;
	}

	/**
	 * The model signal whose receivers take an event type.
	 * @param type the type of a receiver's parameter
	 * @return the signal, {@code null} unless the type is one of the four event records
	 */
	public static @Nullable ModelSignal ofEventType(Class<?> type) {
		for (ModelSignal signal : ALL) {
			if (signal.eventType == type) {
				return signal;
			}
		}
		return null;
	}

	static int count() {
		return ALL.length;
	}

}
