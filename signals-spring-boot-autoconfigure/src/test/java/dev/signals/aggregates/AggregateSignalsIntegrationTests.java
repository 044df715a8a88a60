package dev.signals.aggregates;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Change;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.Signals;
import dev.signals.aggregates.Seen.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates written the way users write them: children reach the database by cascade, from
 * managed parents and from detached graphs merged back, while receivers query and change the
 * aggregate.
 */
@SpringBootTest(classes = AggregatesTestApplication.class)
class AggregateSignalsIntegrationTests {

	@Autowired
	private Seen seen;

	@Autowired
	private Signals signals;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuthorRepository authors;

	@Autowired
	private PostRepository posts;

	@Autowired
	private OwnerRepository owners;

	@Autowired
	private PetRepository pets;

	@Autowired
	private OrderRepository orders;

	@BeforeEach
	void clean() {
		this.signals.muted(() -> {
			for (String table : List.of("ag_comments", "ag_posts", "ag_authors", "ag_pets", "ag_owners",
					"ag_order_lines", "ag_orders")) {
				this.jdbc.update("delete from " + table);
			}
		});
		this.seen.clear();
	}

	@Test
	void childAddedToAManagedParentHasAPreSaveWhoseReceiverMayQuery() {
		Long authorId = this.authors.save(new Author("Ada")).getId();
		this.transaction.executeWithoutResult((status) -> {
			Author author = this.authors.findById(authorId).orElseThrow();
			author.addPost(new Post("Hello World")).addComment(new Comment("First"));
		});
		this.transaction.executeWithoutResult((status) -> {
			Author author = this.authors.findById(authorId).orElseThrow();
			author.addPost(new Post("Hello World"));
		});
		assertThat(slugs()).containsExactlyInAnyOrder("hello-world", "hello-world-2");
		assertThat(this.seen.of("uniqueSlug")).hasSize(2);
		assertThat(this.seen.of("countComments")).singleElement()
			.satisfies((entry) -> assertThat(((PreSave<?>) entry.event()).created()).isTrue());
	}

	@Test
	void newAggregateSavedThroughItsRootSendsPreSaveForEveryChildBeforeAnyInsert() {
		Author author = new Author("Ada");
		author.addPost(new Post("One")).addComment(new Comment("a"));
		author.addPost(new Post("Two")).addComment(new Comment("b"));
		this.posts.save(new Post("One"));
		this.seen.clear();
		this.authors.save(author);
		assertThat(this.seen.of("uniqueSlug")).extracting(Entry::note).containsExactly("one-2", "two");
		assertThat(this.seen.of("countComments")).extracting(Entry::note).containsExactly(-1L, -1L);
		assertThat(slugs()).containsExactlyInAnyOrder("one", "one-2", "two");
	}

	@Test
	void detachedOwnerGainingAPetIsMergedAsPetclinicDoes() {
		Owner owner = this.owners.save(new Owner("George"));
		owner.addPet(new Pet("Leo"));
		Owner merged = this.owners.save(owner);
		merged.addPet(new Pet("Leo"));
		this.owners.save(merged);
		assertThat(this.jdbc.queryForList("select tag from ag_pets order by id", String.class))
			.containsExactly("Leo#1", "Leo#2");
		assertThat(this.seen.of("tagPet")).hasSize(2);
	}

	@Test
	void managedOwnerGainingAPetSavedThroughItsRepositoryAsPetclinicsServiceTestsDo() {
		Integer ownerId = this.owners.save(new Owner("Jean")).getId();
		this.pets.save(new Pet("Bowser"));
		this.seen.clear();
		this.transaction.executeWithoutResult((status) -> {
			Owner owner = this.owners.findById(ownerId).orElseThrow();
			owner.addPet(new Pet("Bowser"));
			this.owners.save(owner);
			this.pets.flush();
		});
		assertThat(this.seen.of("tagPet")).extracting(Entry::note).containsExactly("Bowser#2");
		assertThat(this.seen.of("petSaved")).singleElement().satisfies((entry) -> {
			assertThat(((PostSave<?>) entry.event()).created()).isTrue();
			assertThat(entry.note()).isEqualTo("Bowser#2");
		});
	}

	@Test
	void childAddedToItsManagedParentAndSavedThroughItsOwnRepository() {
		Long authorId = this.authors.save(new Author("Ada")).getId();
		this.transaction.executeWithoutResult((status) -> {
			Author author = this.authors.findById(authorId).orElseThrow();
			this.posts.save(author.addPost(new Post("Linked")));
		});
		assertThat(slugs()).containsExactly("linked");
		assertThat(this.seen.of("postWritten")).extracting(Entry::note).containsExactly("pre_save", "post_save");
	}

	@Test
	void earlierUnflushedWritesOfTheTransactionAreSeenByAPreSaveQuery() {
		this.transaction.executeWithoutResult((status) -> {
			// sequence ids: the first insert waits for a flush, which the second one's query makes
			this.orders.save(new ShopOrder("Grace"));
			this.orders.save(new ShopOrder("Grace"));
		});
		assertThat(this.seen.of("countOrders")).extracting(Entry::note).containsExactly(0L, 1L);
	}

	@Test
	void detachedGraphMergedWithNewGrandchildren() {
		Author author = this.authors.save(withPost("Ada", "Graph"));
		Post post = author.getPosts().get(0);
		post.addComment(new Comment("merged"));
		Post second = author.addPost(new Post("Graph"));
		second.addComment(new Comment("deep"));
		this.authors.save(author);
		assertThat(slugs()).containsExactlyInAnyOrder("graph", "graph-2");
		assertThat(this.seen.of("countComments")).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from ag_comments", Long.class)).isEqualTo(2);
	}

	@Test
	void childReceiverReadingTheRootsUninitializedCollection() {
		ShopOrder saved = new ShopOrder("Grace");
		saved.addLine(1);
		Long orderId = this.orders.save(saved).getId();
		this.seen.clear();
		this.transaction.executeWithoutResult((status) -> {
			ShopOrder order = this.orders.findById(orderId).orElseThrow();
			order.addLine(2);
		});
		assertThat(this.seen.of("lineSaved")).extracting(Entry::note).containsExactly(2);
		assertThat(total(orderId)).isEqualTo(3);
	}

	@Test
	void rootDirtiedByItsChildrensReceiversHasItsOwnPreSave() {
		ShopOrder saved = new ShopOrder("Grace");
		saved.addLine(1);
		saved.addLine(2);
		Long orderId = this.orders.save(saved).getId();
		assertThat(total(orderId)).isEqualTo(3);
		this.seen.clear();
		this.transaction.executeWithoutResult((status) -> {
			ShopOrder order = this.orders.findById(orderId).orElseThrow();
			order.getLines().clear();
			order.addLine(10);
			order.addLine(20);
			this.orders.save(order);
		});
		assertThat(total(orderId)).isEqualTo(30);
		assertThat(this.seen.of("lineDeleted")).hasSize(2);
		assertThat(this.seen.of("validateOrder")).singleElement().satisfies((entry) -> {
			PreSave<?> preSave = (PreSave<?>) entry.event();
			assertThat(preSave.created()).isFalse();
			assertThat(preSave.changes()).containsKey("total");
		});
		assertThat(this.seen.of("orderSaved")).singleElement()
			.satisfies((entry) -> assertThat(((PostSave<?>) entry.event()).changes()).containsEntry("total",
					new Change(3L, 30L)));
	}

	private Author withPost(String name, String title) {
		Author author = new Author(name);
		author.addPost(new Post(title));
		return author;
	}

	private List<String> slugs() {
		return this.jdbc.queryForList("select slug from ag_posts", String.class);
	}

	private long total(Long orderId) {
		return this.jdbc.queryForObject("select total from ag_orders where id = ?", Long.class, orderId);
	}

}
