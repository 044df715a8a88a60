package dev.signals.test.shipping;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.signals.Signal;
import dev.signals.Signals;

/**
 * Signals whose receivers run after the sending thread has moved on, for the tests that wait
 * for receivers; imported by them, out of the test application's component scan.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Shipping {

	@Bean
	Signal<ParcelShipped> parcelShipped() {
		return Signal.named("parcel_shipped", ParcelShipped.class);
	}

	@Bean
	Signal<ParcelLost> parcelLost() {
		return Signal.named("parcel_lost", ParcelLost.class);
	}

	@Bean
	ShippingReceivers shippingReceivers(Signals signals, Signal<ParcelLost> parcelLost) {
		return new ShippingReceivers(signals, parcelLost);
	}

}
