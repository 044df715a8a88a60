package dev.signals.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.signals.ConnectOptions;
import dev.signals.Connection;
import dev.signals.ModelEvent;
import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.Signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = SignalsTestApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class TransactionPhasesIntegrationTests {

	@Autowired
	private Signals signals;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobRepository jobs;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private SignalLog log;

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<Connection> connections = new CopyOnWriteArrayList<>();

	@BeforeEach
	void cleanDatabase() {
		TestData.clean(this.signals, this.jdbc);
		this.log.clear();
	}

	@AfterEach
	void disconnect() {
		this.connections.forEach(Connection::disconnect);
	}

	private void onJobSaved(Phase phase, String name) {
		onJobSaved(phase, name, (event) -> {
		});
	}

	private void onJobSaved(Phase phase, String name, java.util.function.Consumer<ModelEvent<Job>> action) {
		this.connections.add(this.signals.connect(ModelSignals.POST_SAVE, Job.class,
				ConnectOptions.DEFAULTS.withPhase(phase), (event) -> {
					this.calls.add(name + (TransactionSynchronizationManager.isActualTransactionActive() ? "" : "!tx")
							+ ":" + rowCount());
					action.accept(event);
					return null;
				}));
	}

	private long rowCount() {
		// another connection: sees committed rows only
		return this.jdbc.queryForObject("select count(*) from it_jobs", Long.class);
	}

	@Test
	void afterCommitReceiverRunsOnceTheTransactionHasCommitted() {
		onJobSaved(Phase.AFTER_COMMIT, "afterCommit");
		this.transaction.executeWithoutResult((status) -> {
			this.jobs.saveAndFlush(new Job("Baker", "Bread"));
			assertThat(this.calls).isEmpty();
		});
		assertThat(this.calls).as("run outside the finished transaction").containsExactly("afterCommit!tx:1");
	}

	@Test
	void afterCommitReceiverNeverRunsForARolledBackWriteWhileAfterRollbackDoes() {
		onJobSaved(Phase.AFTER_COMMIT, "afterCommit");
		onJobSaved(Phase.AFTER_ROLLBACK, "afterRollback");
		onJobSaved(Phase.AFTER_COMPLETION, "afterCompletion");
		this.transaction.executeWithoutResult((status) -> {
			this.jobs.saveAndFlush(new Job("Baker", "Bread"));
			status.setRollbackOnly();
		});
		assertThat(this.calls).extracting((call) -> call.substring(0, call.indexOf(':')))
			.containsExactly("afterRollback!tx", "afterCompletion!tx");
		assertThat(rowCount()).isZero();
	}

	@Test
	void afterCompletionReceiverRunsAfterACommitToo() {
		onJobSaved(Phase.AFTER_ROLLBACK, "afterRollback");
		onJobSaved(Phase.AFTER_COMPLETION, "afterCompletion");
		this.jobs.save(new Job("Baker", "Bread"));
		assertThat(this.calls).extracting((call) -> call.substring(0, call.indexOf(':')))
			.containsExactly("afterCompletion!tx");
	}

	@Test
	void beforeCommitReceiverGetsWritesFlushedByTheCommitItself() {
		Long id = this.jobs.save(new Job("Baker", "Bread")).getId();
		List<Object> changes = new CopyOnWriteArrayList<>();
		onJobSaved(Phase.BEFORE_COMMIT, "beforeCommit",
				(event) -> changes.add(((PostSave<Job>) event).changes().keySet()));
		this.transaction.executeWithoutResult((status) -> this.jobs.findById(id).orElseThrow().setTitle("Chef"));
		assertThat(this.calls).containsExactly("beforeCommit:1");
		assertThat(changes).containsExactly(java.util.Set.of("title"));
	}

	@Test
	void beforeCommitReceiverWritesCommitWithTheTransactionAndSendTheirOwnSignals() {
		onJobSaved(Phase.BEFORE_COMMIT, "beforeCommit",
				(event) -> this.accounts.save(new Account("audit-" + event.instance().getTitle())));
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		assertThat(this.accounts.findByUsername("audit-Baker")).isPresent();
		assertThat(this.log.of("anythingSaved")).extracting(SignalLog.Entry::sender)
			.containsExactly(Job.class, Account.class, Profile.class);
	}

	@Test
	void beforeCommitReceiverExceptionRollsBackAndReachesTheCallerAsItself() {
		IllegalStateException failure = new IllegalStateException("not before commit");
		onJobSaved(Phase.BEFORE_COMMIT, "beforeCommit", (event) -> {
			throw failure;
		});
		assertThatThrownBy(() -> this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("A", "B"))))
			.isSameAs(failure);
		assertThat(rowCount()).isZero();
	}

	@Test
	void afterCommitReceiverExceptionKeepsTheDataAndTheOtherReceiversRun(CapturedOutput output) {
		onJobSaved(Phase.AFTER_COMMIT, "failing", (event) -> {
			throw new IllegalStateException("CRM is down");
		});
		onJobSaved(Phase.AFTER_COMMIT, "next");
		Job job = this.transaction.execute((status) -> this.jobs.save(new Job("Baker", "Bread")));
		assertThat(job.getId()).isNotNull();
		assertThat(rowCount()).isOne();
		assertThat(this.calls).containsExactly("failing!tx:1", "next!tx:1");
		assertThat(output).contains("failed in phase AFTER_COMMIT").contains("CRM is down");
	}

	@Test
	void afterCommitReceiverWritesInANewTransactionThatSendsItsOwnSignals() {
		TransactionTemplate requiresNew = new TransactionTemplate(this.transaction.getTransactionManager());
		requiresNew.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		onJobSaved(Phase.AFTER_COMMIT, "afterCommit", (event) -> requiresNew
			.executeWithoutResult((status) -> this.accounts.save(new Account("after-" + event.instance().getTitle()))));
		onJobSaved(Phase.AFTER_COMMIT, "alsoAfterCommit");
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		assertThat(this.accounts.findByUsername("after-Baker")).isPresent();
		assertThat(this.log.of("anythingSaved")).extracting(SignalLog.Entry::sender)
			.containsExactly(Job.class, Account.class, Profile.class);
		assertThat(this.calls).containsExactly("afterCommit!tx:1", "alsoAfterCommit!tx:1");
	}

	@Test
	void afterCommitReceiverSavingThroughARepositoryCommitsInATransactionOfItsOwn() {
		onJobSaved(Phase.AFTER_COMMIT, "afterCommit",
				(event) -> this.accounts.save(new Account("after-" + event.instance().getTitle())));
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		assertThat(this.accounts.findByUsername("after-Baker")).isPresent();
		assertThat(this.log.of("anythingSaved")).extracting(SignalLog.Entry::sender)
			.containsExactly(Job.class, Account.class, Profile.class);
	}

	@Test
	void asyncAfterCommitReceiverRunsOnAnotherThreadOnceCommittedWithoutHoldingUpTheCommit() throws Exception {
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		List<String> threads = new CopyOnWriteArrayList<>();
		this.connections.add(this.signals.connect(ModelSignals.POST_SAVE, Job.class,
				ConnectOptions.DEFAULTS.withPhase(Phase.AFTER_COMMIT).withAsync(true), (event) -> {
					threads.add(Thread.currentThread().getName() + ":" + rowCount());
					try {
						return release.await(10, java.util.concurrent.TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				}));
		this.transaction.executeWithoutResult((status) -> this.jobs.save(new Job("Baker", "Bread")));
		// the committing thread has returned while the receiver may still wait
		release.countDown();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(threads).hasSize(1));
		assertThat(threads.get(0)).doesNotStartWith(Thread.currentThread().getName() + ":").endsWith(":1");
	}

	@Test
	void annotatedAfterCommitReceiverGetsTheEventOnceCommitted() {
		this.transaction.executeWithoutResult((status) -> {
			this.jobs.save(new Job("Baker", "Bread"));
			assertThat(this.log.of("afterCommitJobSaved")).isEmpty();
		});
		assertThat(this.log.of("afterCommitJobSaved")).singleElement()
			.satisfies((entry) -> assertThat(entry.created()).isTrue());
	}

}
