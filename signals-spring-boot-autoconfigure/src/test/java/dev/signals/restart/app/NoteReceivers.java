package dev.signals.restart.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;

@Component
public class NoteReceivers {

	final List<String> received = new CopyOnWriteArrayList<>();

	@SignalReceiver
	void saved(PostSave<Note> event) {
		this.received.add("saved " + event.instance().getText());
	}

	@SignalReceiver
	void shared(NoteShared event) {
		this.received.add("shared " + event.text());
	}

}
