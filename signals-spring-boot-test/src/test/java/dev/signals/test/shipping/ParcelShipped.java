package dev.signals.test.shipping;

public record ParcelShipped(String parcel) {

}
