package dev.signals.aggregates;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import dev.signals.ModelEvent;

/**
 * The events the receivers saw, with what each receiver noted.
 */
@Component
public class Seen {

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	void add(String receiver, ModelEvent<?> event, Object note) {
		this.entries.add(new Entry(receiver, event, note));
	}

	List<Entry> of(String receiver) {
		return this.entries.stream().filter((entry) -> entry.receiver().equals(receiver)).toList();
	}

	void clear() {
		this.entries.clear();
	}

	record Entry(String receiver, ModelEvent<?> event, Object note) {
	}

}
