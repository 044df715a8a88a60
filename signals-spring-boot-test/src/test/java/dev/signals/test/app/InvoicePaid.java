package dev.signals.test.app;

public record InvoicePaid(String customer) {

}
