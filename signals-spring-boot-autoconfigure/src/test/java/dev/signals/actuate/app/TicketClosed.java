package dev.signals.actuate.app;

public record TicketClosed(String reason) {

}
