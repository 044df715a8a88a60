package dev.signals.aggregates;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;

/**
 * Receivers as users write them: they query, change the instance and change the aggregate
 * root from a child's signal.
 */
@Component
class AggregateReceivers {

	private final PostRepository posts;

	private final CommentRepository comments;

	private final PetRepository pets;

	private final OrderRepository orders;

	private final Seen seen;

	AggregateReceivers(PostRepository posts, CommentRepository comments, PetRepository pets, OrderRepository orders,
			Seen seen) {
		this.posts = posts;
		this.comments = comments;
		this.pets = pets;
		this.orders = orders;
		this.seen = seen;
	}

	@SignalReceiver
	void countOrders(PreSave<ShopOrder> event) {
		if (event.created()) {
			this.seen.add("countOrders", event, this.orders.countByCustomer(event.instance().getCustomer()));
		}
	}

	@SignalReceiver
	void uniqueSlug(PreSave<Post> event) {
		Post post = event.instance();
		if (post.getSlug() != null) {
			return;
		}
		String base = post.getTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		String slug = base;
		for (int n = 2; this.posts.countBySlug(slug) > 0; n++) {
			slug = base + "-" + n;
		}
		post.setSlug(slug);
		this.seen.add("uniqueSlug", event, slug);
	}

	@SignalReceiver
	void countComments(PreSave<Comment> event) {
		Post post = event.instance().getPost();
		Long postId = (post != null) ? post.getId() : null;
		this.seen.add("countComments", event, (postId != null) ? this.comments.countByPostId(postId) : -1L);
	}

	@SignalReceiver
	void tagPet(PreSave<Pet> event) {
		Pet pet = event.instance();
		if (pet.getTag() == null) {
			pet.setTag(pet.getName() + "#" + (this.pets.countByName(pet.getName()) + 1));
		}
		this.seen.add("tagPet", event, pet.getTag());
	}

	@SignalReceiver(signal = { ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE })
	void postWritten(ModelEvent<Post> event) {
		this.seen.add("postWritten", event, event.signal());
	}

	@SignalReceiver
	void petSaved(PostSave<Pet> event) {
		this.seen.add("petSaved", event, event.instance().getTag());
	}

	@SignalReceiver
	void lineSaved(PreSave<OrderLine> event) {
		ShopOrder order = event.instance().getOrder();
		int lines = order.getLines().size();
		order.setTotal(order.getLines().stream().mapToLong(OrderLine::getAmount).sum());
		this.seen.add("lineSaved", event, lines);
	}

	@SignalReceiver
	void lineDeleted(PreDelete<OrderLine> event) {
		ShopOrder order = event.instance().getOrder();
		order.setTotal(order.getLines()
			.stream()
			.filter((line) -> line != event.instance())
			.mapToLong(OrderLine::getAmount)
			.sum());
		this.seen.add("lineDeleted", event, null);
	}

	@SignalReceiver
	void validateOrder(PreSave<ShopOrder> event) {
		this.seen.add("validateOrder", event, event.instance().getTotal());
	}

	@SignalReceiver
	void orderSaved(PostSave<ShopOrder> event) {
		this.seen.add("orderSaved", event, event.instance().getTotal());
	}

}
