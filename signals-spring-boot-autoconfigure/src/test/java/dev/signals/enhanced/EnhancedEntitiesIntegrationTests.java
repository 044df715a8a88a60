package dev.signals.enhanced;

import java.util.List;

import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Change;
import dev.signals.ModelEvent;
import dev.signals.PostSave;
import dev.signals.Signals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model signals of entities compiled with Hibernate's bytecode enhancement, whose dirty
 * checking Hibernate leaves to the entities themselves.
 */
@SpringBootTest(classes = EnhancedTestApplication.class)
class EnhancedEntitiesIntegrationTests {

	@Autowired
	private EnhancedReceivers receivers;

	@Autowired
	private EnhancedAuthorRepository authors;

	@Autowired
	private EnhancedPostRepository posts;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Signals signals;

	@BeforeEach
	void clean() {
		this.signals.muted(() -> {
			this.jdbc.update("delete from en_posts");
			this.jdbc.update("delete from en_authors");
		});
		this.receivers.events.clear();
		this.receivers.rowsSeenBeforeDelete.clear();
	}

	@Test
	void theEntitiesAreEnhancedWithDirtyTracking() {
		assertThat(ManagedEntity.class).isAssignableFrom(EnhancedPost.class);
		assertThat(SelfDirtinessTracker.class).isAssignableFrom(EnhancedPost.class);
	}

	@Test
	void newAggregateSendsPreSaveWhoseQueryAndChangeWork() {
		EnhancedAuthor author = new EnhancedAuthor("Ada");
		author.addPost(new EnhancedPost("Hello World"));
		this.authors.save(author);
		assertThat(slugs()).containsExactly("hello-world");
		assertThat(signals()).containsExactly("pre_save EnhancedAuthor", "pre_save EnhancedPost",
				"post_save EnhancedAuthor", "post_save EnhancedPost");
	}

	@Test
	void childAddedToAManagedParentAtFlush() {
		Long id = this.authors.save(new EnhancedAuthor("Ada")).getId();
		this.posts.save(new EnhancedPost("Hello"));
		this.receivers.events.clear();
		this.transaction.executeWithoutResult(
				(status) -> this.authors.findById(id).orElseThrow().addPost(new EnhancedPost("Hello")));
		assertThat(slugs()).containsExactlyInAnyOrder("hello", "hello-2");
		assertThat(signals()).containsExactly("pre_save EnhancedPost", "post_save EnhancedPost");
	}

	@Test
	void detachedGraphMergedWithANewChild() {
		EnhancedAuthor author = this.transaction.execute((status) -> {
			EnhancedAuthor saved = this.authors.save(new EnhancedAuthor("Ada"));
			saved.getPosts().size();
			return saved;
		});
		author.addPost(new EnhancedPost("Merged"));
		this.receivers.events.clear();
		this.authors.save(author);
		assertThat(slugs()).containsExactly("merged");
		assertThat(signals()).containsExactly("pre_save EnhancedPost", "post_save EnhancedPost");
	}

	@Test
	void dirtyTrackedUpdateSendsExactlyTheChangedAttributes() {
		EnhancedAuthor author = new EnhancedAuthor("Ada");
		author.addPost(new EnhancedPost("First"));
		this.authors.save(author);
		Long id = this.posts.findAll().get(0).getId();
		this.receivers.events.clear();
		this.transaction.executeWithoutResult((status) -> this.posts.findById(id).orElseThrow().setTitle("Second"));
		assertThat(slugs()).containsExactly("second");
		assertThat(signals()).containsExactly("pre_save EnhancedPost", "post_save EnhancedPost");
		PostSave<?> postSave = (PostSave<?>) this.receivers.events.get(1);
		assertThat(postSave.changes()).containsOnlyKeys("slug", "title")
			.containsEntry("title", new Change("First", "Second"))
			.containsEntry("slug", new Change("first", "second"));
	}

	@Test
	void orphanRemovedAndParentDeletedSendPreDeleteWhileTheRowsAreThere() {
		EnhancedAuthor author = new EnhancedAuthor("Ada");
		author.addPost(new EnhancedPost("One"));
		author.addPost(new EnhancedPost("Two"));
		Long id = this.authors.save(author).getId();
		this.receivers.events.clear();
		this.transaction.executeWithoutResult(
				(status) -> this.authors.findById(id).orElseThrow().getPosts().remove(0));
		assertThat(this.receivers.rowsSeenBeforeDelete).containsExactly(2L);
		this.authors.deleteById(id);
		assertThat(this.receivers.rowsSeenBeforeDelete).containsExactly(2L, 1L);
		assertThat(signals()).containsExactly("pre_delete EnhancedPost", "post_delete EnhancedPost",
				"pre_delete EnhancedAuthor", "pre_delete EnhancedPost", "post_delete EnhancedPost",
				"post_delete EnhancedAuthor");
	}

	private List<String> signals() {
		return this.receivers.events.stream()
			.map((ModelEvent<?> event) -> event.signal() + " " + event.sender().getSimpleName())
			.toList();
	}

	private List<String> slugs() {
		return this.jdbc.queryForList("select slug from en_posts order by id", String.class);
	}

}
