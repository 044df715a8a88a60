package dev.signals.test.shipping;

public record ParcelLost(String parcel) {

}
