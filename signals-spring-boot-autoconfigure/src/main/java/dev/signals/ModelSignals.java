package dev.signals;

import java.util.Set;

/**
 * The names of the four model signals that every entity write sends.
 *
 * @since 0.1.0
 */
public final class ModelSignals {

	/**
	 * Sent before an entity's row is inserted or updated; the event is {@link PreSave}.
	 */
	public static final String PRE_SAVE = "pre_save";

	/**
	 * Sent after an entity's row was inserted or updated; the event is {@link PostSave}.
	 */
	public static final String POST_SAVE = "post_save";

	/**
	 * Sent when an entity's removal is requested, cascades included; the event is
	 * {@link PreDelete}.
	 */
	public static final String PRE_DELETE = "pre_delete";

	/**
	 * Sent after an entity's row was deleted; the event is {@link PostDelete}.
	 */
	public static final String POST_DELETE = "post_delete";

	/**
	 * All four names, which no custom signal may take.
	 */
	public static final Set<String> NAMES = Set.of(PRE_SAVE, POST_SAVE, PRE_DELETE, POST_DELETE);

	private ModelSignals() {
	}

	/**
	 * Tell whether a name is one of the four model signals.
	 * @param name the signal name
	 * @return {@code true} for {@code pre_save}, {@code post_save}, {@code pre_delete} and
	 * {@code post_delete}
	 */
	public static boolean isModelSignal(String name) {
		return NAMES.contains(name);
	}

}
