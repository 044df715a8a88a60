package dev.signals.it;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.Change;
import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.ModelSignals;
import dev.signals.Signals;
import dev.signals.it.SignalLog.Entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = SignalsTestApplication.class)
class ModelSignalsIntegrationTests {

	@Autowired
	private SignalLog log;

	@Autowired
	private Signals signals;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private SubscriptionRepository subscriptions;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private ProfileRepository profiles;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private StartupWrites startupWrites;

	@Autowired
	private SkuRepository skus;

	@BeforeEach
	void cleanDatabase() {
		TestData.clean(this.signals, this.jdbc);
		this.log.clear();
	}

	@Test
	void insertSendsPreSaveBeforeTheRowAndPostSaveAfterIt() {
		Job job = this.jobs.save(new Job("Baker", "Bread at dawn"));
		Entry preSave = this.log.of("jobPreSave").get(0);
		Entry postSave = this.log.of("jobPostSave").get(0);
		assertThat(preSave.note()).as("id before the insert").isNull();
		assertThat(preSave.created()).isTrue();
		assertThat(postSave.note()).as("id after the insert").isEqualTo(job.getId());
		assertThat(postSave.created()).isTrue();
		assertThat(postSave.changes()).isEmpty();
		assertThat(postSave.instance()).isSameAs(job);
		assertThat(postSave.sender()).isEqualTo(Job.class);
		assertThat(postSave.persistenceUnit()).isEqualTo("default");
		assertThat(postSave.inTransaction()).isTrue();
		assertThat(this.log.entries()).extracting(Entry::receiver)
			.containsSubsequence("jobPreSave", "jobPostSave");
	}

	@Test
	void updateSendsExactlyTheChangedAttributesWithOldAndNewValues() {
		Long id = this.jobs.save(new Job("Baker", "Bread at dawn")).getId();
		this.log.clear();
		this.transaction.executeWithoutResult((status) -> {
			Job job = this.jobs.findById(id).orElseThrow();
			job.setTitle("Head baker");
			job.setActive(false);
		});
		Entry preSave = this.log.of("jobPreSave").get(0);
		Entry postSave = this.log.of("jobPostSave").get(0);
		assertThat(preSave.created()).isFalse();
		assertThat(preSave.changes()).containsOnlyKeys("title", "active")
			.containsEntry("title", new Change("Baker", "Head baker"))
			.containsEntry("active", new Change(true, false));
		assertThat(postSave.created()).isFalse();
		assertThat(postSave.changes()).isEqualTo(preSave.changes());
	}

	@Test
	void savingAnUnchangedEntitySendsNothing() {
		Long id = this.jobs.save(new Job("Baker", "Bread at dawn")).getId();
		this.log.clear();
		this.transaction.executeWithoutResult((status) -> this.jobs.save(this.jobs.findById(id).orElseThrow()));
		assertThat(this.log.entries()).isEmpty();
	}

	@Test
	void senderInferredFromTheEventTypeLimitsReceiversToThatEntity() {
		this.articles.save(new Article("Hello"));
		assertThat(this.log.of("jobPostSave")).isEmpty();
		assertThat(this.log.of("anythingSaved")).extracting(Entry::sender).containsExactly(Article.class);
	}

	@Test
	void explicitSenderIncludesSubclassesAndExcludesOthers() {
		this.jobs.save(new Job("Baker", "Bread"));
		assertThat(this.log.of("featuredJobSaved")).isEmpty();
		FeaturedJob featured = this.jobs.save(new FeaturedJob("Chef", "Soup"));
		assertThat(this.log.of("featuredJobSaved")).extracting(Entry::instance).containsExactly(featured);
		assertThat(this.log.of("jobPostSave")).extracting(Entry::sender).containsExactly(Job.class,
				FeaturedJob.class);
	}

	@Test
	void oneMethodReceivesSeveralSignals() {
		Job job = new Job("Baker", "Bread");
		job.subscribe("ann@example.com");
		Long subscriptionId = this.jobs.save(job).getSubscriptions().get(0).getId();
		this.subscriptions.deleteById(subscriptionId);
		assertThat(this.log.signalsOf("subscriptionDeleted")).containsExactly(ModelSignals.PRE_DELETE,
				ModelSignals.POST_DELETE);
	}

	@Test
	void preSaveChangesAreWrittenOnInsert() {
		Article article = this.articles.save(new Article("Signals in Spring"));
		assertThat(this.jdbc.queryForMap("select slug, revision from it_articles where id = ?", article.getId()))
			.containsEntry("SLUG", "signals-in-spring")
			.containsEntry("REVISION", 1);
	}

	@Test
	void preSaveChangesAreWrittenOnUpdateOfADynamicUpdateEntity() {
		Long id = this.articles.save(new Article("Signals in Spring")).getId();
		this.transaction.executeWithoutResult(
				(status) -> this.articles.findById(id).orElseThrow().setTitle("Signals in Spring Boot"));
		assertThat(this.jdbc.queryForMap("select title, slug, revision from it_articles where id = ?", id))
			.containsEntry("TITLE", "Signals in Spring Boot")
			.containsEntry("SLUG", "signals-in-spring-boot")
			.containsEntry("REVISION", 2);
	}

	@Test
	void preSaveReceiverReadsThroughARepository() {
		this.articles.save(new Article("Same title"));
		Article second = this.articles.save(new Article("Same title"));
		assertThat(second.getSlug()).isEqualTo("same-title-2");
		assertThat(this.jdbc.queryForObject("select slug from it_articles where id = ?", String.class,
				second.getId()))
			.isEqualTo("same-title-2");
	}

	@Test
	void preSaveChangesAreWrittenForANewEntityThatIsMergedRatherThanPersisted() {
		Sku saved = this.skus.save(new Sku("tea-1", "green tea"));
		assertThat(saved.getLabel()).isEqualTo("GREEN TEA");
		assertThat(this.jdbc.queryForObject("select label from it_skus where code = 'tea-1'", String.class))
			.isEqualTo("GREEN TEA");
		assertThat(this.log.of("anythingSaved")).singleElement().satisfies((entry) -> {
			assertThat(entry.sender()).isEqualTo(Sku.class);
			assertThat(entry.created()).isTrue();
		});
	}

	@Test
	void orphanRemovalSendsPreDeleteAndPostDelete() {
		Job job = new Job("Baker", "Bread");
		job.subscribe("ann@example.com");
		job.subscribe("bob@example.com");
		Long id = this.jobs.save(job).getId();
		this.log.clear();
		this.transaction.executeWithoutResult((status) -> this.jobs.findById(id)
			.orElseThrow()
			.getSubscriptions()
			.removeIf((subscription) -> subscription.getEmail().startsWith("ann")));
		assertThat(this.log.of("subscriptionDeleted")).extracting(Entry::signal)
			.containsExactly(ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE);
		assertThat(this.log.of("subscriptionDeleted")).extracting((entry) -> ((Subscription) entry.instance()).getEmail())
			.containsOnly("ann@example.com");
		assertThat(this.subscriptions.count()).isOne();
	}

	@Test
	void postSaveReceiverCreatesARelatedRowWhenTheSaveIsFlushedExplicitly() {
		this.transaction.executeWithoutResult((status) -> {
			Account account = this.accounts.saveAndFlush(new Account("ann"));
			assertThat(this.profiles.findByAccount(account)).as("profile in the same transaction").isPresent();
		});
		assertThat(profileCountOf("ann")).isOne();
		assertThat(this.log.of("anythingSaved")).extracting(Entry::sender).contains(Profile.class);
	}

	@Test
	void postSaveReceiverCreatesARelatedRowWhenTheSaveIsFlushedByTheCommit() {
		this.transaction.executeWithoutResult((status) -> {
			this.accounts.save(new Account("bob"));
			assertThat(this.log.of("anythingSaved")).as("nothing written before the commit").isEmpty();
		});
		assertThat(profileCountOf("bob")).isOne();
		assertThat(this.log.of("anythingSaved")).extracting(Entry::sender)
			.containsExactly(Account.class, Profile.class);
	}

	@Test
	void commandLineRunnerWritesSendSignals() {
		assertThat(this.startupWrites.profileCreated).isTrue();
	}

	@Test
	void preDeleteOfAJobDeletedByCascadeCanStillQueryItsSubscriptions() {
		Job job = new Job("Baker", "Bread");
		job.subscribe("ann@example.com");
		job.subscribe("bob@example.com");
		Long id = this.jobs.save(job).getId();
		this.log.clear();
		this.jobs.deleteById(id);
		assertThat(this.log.of("jobPreDelete")).singleElement().extracting(Entry::note).isEqualTo(2L);
		List<String> order = this.log.entries().stream().map((e) -> e.receiver() + ":" + e.signal()).toList();
		assertThat(order).containsExactly("jobPreDelete:pre_delete", "subscriptionDeleted:pre_delete",
				"subscriptionDeleted:pre_delete", "subscriptionDeleted:post_delete", "subscriptionDeleted:post_delete",
				"jobPostDelete:post_delete");
		assertThat(this.jdbc.queryForObject("select count(*) from it_subscriptions", Long.class)).isZero();
	}

	@Test
	void bulkQueriesSendNoSignals() {
		this.jobs.save(new Job("Baker", "Bread"));
		this.log.clear();
		assertThat(this.jobs.closeAll()).isOne();
		assertThat(this.log.entries()).isEmpty();
	}

	@Test
	void mutedWritesSendNothingButAreWritten() {
		this.signals.muted(() -> this.jobs.save(new Job("Baker", "Bread")));
		Job job = this.signals.muted(() -> this.jobs.save(new Job("Chef", "Soup")));
		assertThat(job.getId()).isNotNull();
		assertThat(this.log.entries()).isEmpty();
		assertThat(this.jobs.count()).isEqualTo(2);
	}

	@Test
	void immediateReceiverExceptionRollsTheWriteBackAndReachesTheCallerAsItself() {
		ReceiverFailure failure = new ReceiverFailure();
		Connection connection = this.signals.connect(ModelSignals.POST_SAVE, Job.class, ConnectOptions.DEFAULTS,
				(event) -> {
					throw failure;
				});
		try {
			assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
				this.jobs.save(new Job("Baker", "Bread"));
				this.accounts.save(new Account("carl"));
			})).isSameAs(failure);
		}
		finally {
			connection.disconnect();
		}
		assertThat(this.jobs.count()).isZero();
		assertThat(this.accounts.findByUsername("carl")).isEmpty();
	}

	@Test
	void immediateReceiverExceptionAtTheCommitFlushReachesTheCallerAsItself() {
		Long id = this.jobs.save(new Job("Baker", "Bread")).getId();
		ReceiverFailure failure = new ReceiverFailure();
		Connection connection = this.signals.connect(ModelSignals.PRE_SAVE, Job.class, ConnectOptions.DEFAULTS,
				(event) -> {
					throw failure;
				});
		try {
			assertThatThrownBy(() -> this.transaction
				.executeWithoutResult((status) -> this.jobs.findById(id).orElseThrow().setTitle("Chef")))
				.isSameAs(failure);
		}
		finally {
			connection.disconnect();
		}
		assertThat(this.jobs.findById(id)).get().extracting(Job::getTitle).isEqualTo("Baker");
	}

	private long profileCountOf(String username) {
		return this.jdbc.queryForObject(
				"select count(*) from it_profiles p join it_accounts a on p.account_id = a.id where a.username = ?",
				Long.class, username);
	}

	static class ReceiverFailure extends RuntimeException {

		ReceiverFailure() {
			super("receiver failed");
		}

	}

}
