package dev.signals.it;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;

/**
 * Changes the entity in {@code pre_save}, after asking the repository which slugs are taken.
 */
@Component
class SlugReceivers {

	private final ArticleRepository articles;

	SlugReceivers(ArticleRepository articles) {
		this.articles = articles;
	}

	@SignalReceiver
	void slugify(PreSave<Article> event) {
		Article article = event.instance();
		String base = article.getTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		String slug = base;
		for (int n = 2; !slug.equals(article.getSlug()) && this.articles.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		article.setSlug(slug);
		article.setRevision(article.getRevision() + 1);
	}

}
