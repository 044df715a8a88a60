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

	PRE_SAVE(ModelSignals.PRE_SAVE, PreSave.class, false) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PreSave(instance, sender, unit, created, changes);
		}
	},

	POST_SAVE(ModelSignals.POST_SAVE, PostSave.class, false) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PostSave(instance, sender, unit, created, changes);
		}
	},

	PRE_DELETE(ModelSignals.PRE_DELETE, PreDelete.class, true) {
		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		public ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
				Map<String, Change> changes) {
			return new PreDelete(instance, sender, unit);
		}
	},

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
	 */
	public String signalName() {
		return this.signalName;
	}

	/**
	 * The event record its receivers take, such as {@code PreSave}.
	 */
	public Class<?> eventType() {
		return this.eventType;
	}

	/**
	 * Whether it announces a row's deletion, whose instance cannot be reloaded afterwards.
	 */
	public boolean isDelete() {
		return this.delete;
	}

	/**
	 * Build this signal's event; save events take {@code created} and {@code changes}, delete
	 * events ignore them.
	 */
	public abstract ModelEvent<?> event(Object instance, Class<?> sender, String unit, boolean created,
			Map<String, Change> changes);

	/**
	 * The model signal of a public name.
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
