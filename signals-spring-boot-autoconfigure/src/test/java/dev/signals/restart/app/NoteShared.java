package dev.signals.restart.app;

public record NoteShared(String text) {

}
