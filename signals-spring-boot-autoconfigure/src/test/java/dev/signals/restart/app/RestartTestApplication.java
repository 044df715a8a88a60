package dev.signals.restart.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.signals.Signal;

/**
 * A small application with an entity, a model receiver and a custom signal, started and
 * closed again and again as DevTools restarts do.
 */
@SpringBootApplication
public class RestartTestApplication {

	@Bean
	Signal<NoteShared> noteShared() {
		return Signal.named("note_shared", NoteShared.class);
	}

}
