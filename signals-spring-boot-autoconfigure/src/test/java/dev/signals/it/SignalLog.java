package dev.signals.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.PostSave;
import dev.signals.PreSave;

/**
 * What the test application's receivers saw, in order.
 */
@Component
public class SignalLog {

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	void record(String receiver, ModelEvent<?> event) {
		record(receiver, event, null);
	}

	void record(String receiver, ModelEvent<?> event, Object note) {
		Boolean created = null;
		Map<String, Change> changes = Map.of();
		if (event instanceof PreSave<?> preSave) {
			created = preSave.created();
			changes = preSave.changes();
		}
		else if (event instanceof PostSave<?> postSave) {
			created = postSave.created();
			changes = postSave.changes();
		}
		this.entries.add(new Entry(receiver, event.signal(), event.instance(), event.sender(), event.persistenceUnit(),
				created, changes, TransactionSynchronizationManager.isActualTransactionActive(), note));
	}

	public List<Entry> entries() {
		return List.copyOf(this.entries);
	}

	public List<Entry> of(String receiver) {
		return this.entries.stream().filter((entry) -> entry.receiver().equals(receiver)).toList();
	}

	public List<String> signalsOf(String receiver) {
		return of(receiver).stream().map(Entry::signal).toList();
	}

	public void clear() {
		this.entries.clear();
	}

	public record Entry(String receiver, String signal, Object instance, Class<?> sender, String persistenceUnit,
			Boolean created, Map<String, Change> changes, boolean inTransaction, Object note) {
	}

}
