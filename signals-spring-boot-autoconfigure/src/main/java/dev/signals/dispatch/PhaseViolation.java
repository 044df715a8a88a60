package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

import dev.signals.Phase;

/**
 * An async or durable receiver in a phase that cannot run it: the one statement of which
 * phases can, for receivers connected in code and by annotation alike.
 */
public final class PhaseViolation {

	private final String mode;

	private final Phase phase;

	private final String reason;

	private final String phases;

	private PhaseViolation(String mode, Phase phase, String reason, String phases) {
		this.mode = mode;
		this.phase = phase;
		this.reason = reason;
		this.phases = phases;
	}

	/**
	 * The violation of a receiver running so in this phase, or {@code null} if the phase can
	 * run it: async receivers need a phase after the transaction's end, durable ones
	 * {@code AFTER_COMMIT}.
	 * @param phase the receiver's phase
	 * @param async whether the receiver runs on the application task executor
	 * @param durable whether the receiver's calls are recorded and retried
	 * @return the violation, {@code null} if there is none
	 */
	public static @Nullable PhaseViolation of(Phase phase, boolean async, boolean durable) {
		if (async && (phase == Phase.IMMEDIATE || phase == Phase.BEFORE_COMMIT)) {
			return new PhaseViolation("async", phase,
					"only receivers of the phases after the transaction's end run on another thread",
					"Phase.AFTER_COMMIT (or AFTER_ROLLBACK, AFTER_COMPLETION)");
		}
		if (durable && phase != Phase.AFTER_COMMIT) {
			return new PhaseViolation("durable", phase,
					"durable delivery is for receivers that run once the data is committed", "Phase.AFTER_COMMIT");
		}
		return null;
	}

	/**
	 * What is wrong, said of a receiver method.
	 * @return the problem, worded to follow "the method cannot work:"
	 */
	public String problem() {
		return "it is " + this.mode + " in phase " + this.phase + ", but " + this.reason;
	}

	/**
	 * How to fix the method's {@link dev.signals.SignalReceiver} annotation.
	 * @return the fix, for the startup failure report
	 */
	public String fix() {
		return "use phase = " + this.phases + ", or remove " + this.mode + " = true";
	}

	IllegalArgumentException toException(String receiver) {
		return new IllegalArgumentException("Receiver " + receiver + " cannot be " + this.mode + " in phase "
				+ this.phase + ": " + this.reason + "; use " + this.phases);
	}

}
