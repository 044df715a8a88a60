package dev.signals.conformance;

/**
 * What a throwing receiver of the matrix throws.
 */
class ReceiverFailure extends RuntimeException {

	ReceiverFailure(String message) {
		super(message);
	}

}
