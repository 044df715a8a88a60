package dev.signals.enhanced;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;

/**
 * Receivers that query in {@code pre_save} and {@code pre_delete}, and a log of every model
 * signal of the enhanced entities.
 */
@Component
class EnhancedReceivers {

	final List<ModelEvent<?>> events = new CopyOnWriteArrayList<>();

	final List<Long> rowsSeenBeforeDelete = new CopyOnWriteArrayList<>();

	private final EnhancedPostRepository posts;

	EnhancedReceivers(EnhancedPostRepository posts) {
		this.posts = posts;
	}

	@SignalReceiver
	void slug(PreSave<EnhancedPost> event) {
		EnhancedPost post = event.instance();
		String base = post.getTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		if (post.getSlug() == null || event.hasChanged("title")) {
			String slug = base;
			for (int n = 2; this.posts.countBySlug(slug) > 0; n++) {
				slug = base + "-" + n;
			}
			post.setSlug(slug);
		}
	}

	@SignalReceiver
	void deleting(PreDelete<EnhancedPost> event) {
		this.rowsSeenBeforeDelete.add(this.posts.count());
	}

	@SignalReceiver(signal = { ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE, ModelSignals.PRE_DELETE,
			ModelSignals.POST_DELETE })
	void log(ModelEvent<Object> event) {
		if (event.instance() instanceof EnhancedPost || event.instance() instanceof EnhancedAuthor) {
			this.events.add(event);
		}
	}

}
