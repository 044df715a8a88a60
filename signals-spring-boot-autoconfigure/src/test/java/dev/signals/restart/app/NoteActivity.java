package dev.signals.restart.app;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.signals.Signal;
import dev.signals.Signals;

/**
 * What the application does between two restarts: it saves a note and shares it through a
 * signal sent without a sender, so that every receiver lookup of the dispatcher ran. A
 * {@link Supplier} of what the receivers saw, so that a test in another class loader can call it.
 */
@Component
public class NoteActivity implements Supplier<List<String>> {

	private final NoteRepository notes;

	private final Signals signals;

	private final Signal<NoteShared> noteShared;

	private final NoteReceivers receivers;

	NoteActivity(NoteRepository notes, Signals signals, Signal<NoteShared> noteShared, NoteReceivers receivers) {
		this.notes = notes;
		this.signals = signals;
		this.noteShared = noteShared;
		this.receivers = receivers;
	}

	@Override
	public List<String> get() {
		Note note = this.notes.save(new Note("groceries"));
		this.signals.send(this.noteShared, null, new NoteShared(note.getText()));
		return List.copyOf(this.receivers.received);
	}

}
