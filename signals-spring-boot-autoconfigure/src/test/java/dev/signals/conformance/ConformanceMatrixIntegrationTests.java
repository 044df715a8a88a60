package dev.signals.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.FlushMode;
import org.hibernate.HibernateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.signals.ModelSignals;
import dev.signals.Phase;
import dev.signals.Signals;
import dev.signals.conformance.Fixture.Seeded;
import dev.signals.conformance.Repositories.AuditRepository;
import dev.signals.conformance.Script.Seen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The model signals through every way an entity reaches the database, every way it is
 * mapped and everything a receiver does: each cell checks that the right signals arrive,
 * once each, in the contract's order, with the right {@code created()}, {@code changes()}
 * and {@code persistenceUnit()}, that the receiver's effect is committed or rolled back with
 * the write, and that Hibernate throws nothing.
 * <p>
 * Every write path, receiver action and signal in full on an identity-id mapping; the
 * mappings, flush modes and phases pairwise with them. A new value of a dimension is one
 * line of its enum.
 */
@SpringBootTest(classes = ConformanceTestApplication.class, properties = {
		"spring.jpa.properties.hibernate.jdbc.batch_size=20", "spring.jpa.properties.hibernate.order_inserts=true",
		"spring.jpa.properties.hibernate.order_updates=true" })
class ConformanceMatrixIntegrationTests {

	private static final List<String> SIGNALS = List.of(ModelSignals.PRE_SAVE, ModelSignals.POST_SAVE,
			ModelSignals.PRE_DELETE, ModelSignals.POST_DELETE);

	private static final List<FlushMode> FLUSH_MODES = List.of(FlushMode.AUTO, FlushMode.COMMIT);

	private static final List<Phase> PHASES = List.of(Phase.IMMEDIATE, Phase.AFTER_COMMIT);

	@Autowired
	private Fixture fixture;

	@Autowired
	private Script script;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditRepository audits;

	@Autowired
	private Signals signals;

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void everyWritePathActionAndSignal(Cell cell) {
		run(cell);
	}

	static Stream<Cell> everyWritePathActionAndSignal() {
		List<Cell> cells = new ArrayList<>();
		for (WritePath path : WritePath.values()) {
			for (Action action : Action.values()) {
				for (String signal : SIGNALS) {
					if (action != Action.CHANGE || signal.equals(ModelSignals.PRE_SAVE)) {
						cells.add(new Cell(Mapping.IDENTITY_ID, path, action, signal, FlushMode.AUTO, Phase.IMMEDIATE));
					}
				}
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void mappingsFlushModesAndPhasesPairwise(Cell cell) {
		run(cell);
	}

	static Stream<Cell> mappingsFlushModesAndPhasesPairwise() {
		List<Cell> candidates = new ArrayList<>();
		for (Mapping mapping : Mapping.values()) {
			for (WritePath path : WritePath.values()) {
				for (Action action : Action.values()) {
					for (String signal : SIGNALS) {
						for (FlushMode flushMode : FLUSH_MODES) {
							for (Phase phase : PHASES) {
								Cell cell = new Cell(mapping, path, action, signal, flushMode, phase);
								if (valid(cell)) {
									candidates.add(cell);
								}
							}
						}
					}
				}
			}
		}
		return Pairwise.cover(candidates,
				(cell) -> new int[] { cell.mapping().ordinal(), cell.path().ordinal(), cell.action().ordinal(),
						SIGNALS.indexOf(cell.signal()), FLUSH_MODES.indexOf(cell.flushMode()),
						PHASES.indexOf(cell.phase()) },
				new int[] { Mapping.values().length, WritePath.values().length, Action.values().length,
						SIGNALS.size(), FLUSH_MODES.size(), PHASES.size() })
			.stream();
	}

	/**
	 * The cells left out of the matrix fail without any receiver: the limitation is
	 * Hibernate's or the database's, as the README says, not the starter's.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource
	void writesHibernateItselfRefusesFailWithSignalsMuted(Cell cell) {
		Seeded seeded = this.fixture.seed(cell);
		Throwable thrown = catchThrowable(() -> this.signals.muted(() -> cell.path().run(this.fixture, cell, seeded)));
		assertThat(thrown).as(cell + ": refused with no receiver involved")
			.isInstanceOfAny(HibernateException.class, PersistenceException.class, DataAccessException.class,
					IllegalStateException.class)
			.hasStackTraceContaining("at org.hibernate.");
	}

	static Stream<Cell> writesHibernateItselfRefusesFailWithSignalsMuted() {
		List<Cell> cells = new ArrayList<>();
		for (Mapping mapping : Mapping.values()) {
			for (WritePath path : WritePath.values()) {
				if (!mapping.supports(path)) {
					cells.add(new Cell(mapping, path, Action.NOTHING, ModelSignals.PRE_SAVE, FlushMode.AUTO,
							Phase.IMMEDIATE));
				}
			}
		}
		return cells.stream();
	}

	private static boolean valid(Cell cell) {
		if (!cell.mapping().supports(cell.path())) {
			return false;
		}
		if (cell.action() == Action.CHANGE
				&& (!cell.signal().equals(ModelSignals.PRE_SAVE) || cell.phase() != Phase.IMMEDIATE)) {
			return false;
		}
		// a receiver that is never called proves nothing more than one that does nothing
		return cell.sent().isEmpty() || cell.acts() || cell.action() == Action.NOTHING;
	}

	private void run(Cell cell) {
		try {
			check(cell);
		}
		catch (AssertionError ex) {
			throw new AssertionError(cell + ": " + ex.getMessage(), ex);
		}
	}

	private void check(Cell cell) {
		Seeded seeded = this.fixture.seed(cell);
		this.script.arm(cell);
		Throwable thrown;
		try {
			thrown = catchThrowable(() -> cell.path().run(this.fixture, cell, seeded));
		}
		finally {
			this.script.disarm();
		}
		if (cell.rollsBack()) {
			assertThat(thrown).as("the receiver's own exception").isNotNull().isSameAs(this.script.thrown);
			assertThat(of(cell, this.script.afterCommit)).as("after-commit receivers of a rollback").isEmpty();
			assertThat(of(cell, this.script.witnessed)).isEmpty();
			assertRolledBack(cell);
			return;
		}
		assertThat(thrown).as("what the write threw").isNull();
		assertSignals(cell, "immediate receivers", of(cell, this.script.immediate));
		assertSignals(cell, "after-commit receivers", of(cell, this.script.afterCommit));
		assertSignals(cell, "after-commit receivers after a failing one", of(cell, this.script.witnessed));
		assertCommitted(cell);
		assertReceiverEffect(cell);
	}

	private static List<Seen> of(Cell cell, List<Seen> seen) {
		return seen.stream().filter((each) -> cell.mapping().type().isInstance(each.instance())).toList();
	}

	private void assertSignals(Cell cell, String receivers, List<Seen> seen) {
		int entities = cell.path().entities();
		List<String> expected = new ArrayList<>();
		for (String signal : cell.sent()) {
			for (int i = 0; i < entities; i++) {
				expected.add(signal);
			}
		}
		assertThat(seen).as(receivers).extracting(Seen::signal).containsExactlyInAnyOrderElementsOf(expected);
		if (!cell.sent().isEmpty()) {
			// every entity's pre_* before its post_*: no prefix holds more post_* than pre_*
			int pending = 0;
			for (Seen each : seen) {
				pending += each.signal().startsWith("pre_") ? 1 : -1;
				assertThat(pending).as(receivers + ": a post_* before its pre_*").isNotNegative();
			}
		}
		for (Seen each : seen) {
			assertThat(each.sender()).as(receivers + ": sender").isEqualTo(cell.mapping().type());
			assertThat(each.persistenceUnit()).isEqualTo("default");
			assertThat(each.initialized()).as(receivers + ": instance() initialized, not a proxy").isTrue();
			if (each.created() != null) {
				assertThat(each.created()).as(receivers + ": created()")
					.isEqualTo(cell.path().kind() == WritePath.Kind.INSERT);
				if (cell.path().kind() == WritePath.Kind.INSERT || cell.path().stateless()) {
					assertThat(each.changes()).as(receivers + ": changes()").isEmpty();
				}
				else {
					Set<String> changed = new java.util.HashSet<>(cell.mapping().changed());
					if (changesNote(cell) && each.signal().equals(ModelSignals.POST_SAVE)) {
						changed.add("note");
					}
					assertThat(changedAttributes(cell, each.changes())).as(receivers + ": changes()")
						.containsExactlyInAnyOrderElementsOf(changed);
				}
			}
		}
	}

	/** Whether a {@code pre_save} receiver changes the note, which {@code post_save} then shows. */
	private static boolean changesNote(Cell cell) {
		return cell.action() == Action.CHANGE && cell.acts();
	}

	private static Set<String> changedAttributes(Cell cell, Map<String, ?> changes) {
		Set<String> names = new java.util.LinkedHashSet<>(changes.keySet());
		if (cell.mapping() == Mapping.VERSION) {
			names.remove("version");
		}
		return names;
	}

	private void assertCommitted(Cell cell) {
		int entities = cell.path().entities();
		switch (cell.path().kind()) {
			case INSERT -> assertThat(count(cell)).as("rows inserted").isEqualTo(entities);
			case UPDATE -> assertThat(titles(cell)).as("titles after the update")
				.allMatch((title) -> title.endsWith("(edited)") == cell.mapping().updatable())
				.hasSize(entities);
			case DELETE -> {
				assertThat(count(cell)).as("rows left").isZero();
				if (cell.mapping().softDeleted()) {
					assertThat(this.jdbc.queryForObject("select count(*) from cf_soft_deleted", Long.class))
						.as("soft-deleted rows kept").isEqualTo(entities);
				}
			}
		}
	}

	private void assertRolledBack(Cell cell) {
		int entities = cell.path().entities();
		switch (cell.path().kind()) {
			case INSERT -> assertThat(count(cell)).as("rows inserted").isZero();
			case UPDATE -> assertThat(titles(cell)).noneMatch((title) -> title.endsWith("(edited)"));
			case DELETE -> assertThat(count(cell)).as("rows left").isEqualTo(entities);
		}
		assertThat(this.audits.count()).isZero();
	}

	private void assertReceiverEffect(Cell cell) {
		int times = cell.acts() ? cell.path().entities() : 0;
		switch (cell.action()) {
			case QUERY -> {
				boolean saved = cell.signal().equals(ModelSignals.PRE_SAVE)
						|| cell.signal().equals(ModelSignals.POST_SAVE);
				boolean expected = (cell.phase() == Phase.IMMEDIATE)
						? !cell.signal().equals(ModelSignals.POST_DELETE)
								&& !(cell.signal().equals(ModelSignals.PRE_SAVE)
										&& cell.path().kind() == WritePath.Kind.INSERT)
						: saved;
				assertThat(this.script.queried).as("what the receiver's query found")
					.allMatch((found) -> found == expected)
					.hasSizeLessThanOrEqualTo(times);
			}
			case WRITE -> assertThat(this.audits.countByLabel(cell.signal())).as("rows the receiver wrote")
				.isEqualTo(times);
			case CHANGE -> {
				if (cell.acts()) {
					assertThat(notes(cell)).as("what pre_save changed").containsOnly("changed");
				}
			}
			case NOTHING, THROW -> {
			}
		}
	}

	private long count(Cell cell) {
		return this.entityManager
			.createQuery("select count(n) from " + cell.mapping().type().getSimpleName() + " n", Long.class)
			.getSingleResult();
	}

	private List<String> titles(Cell cell) {
		return this.entityManager
			.createQuery("select n.title from " + cell.mapping().type().getSimpleName() + " n", String.class)
			.getResultList();
	}

	private List<String> notes(Cell cell) {
		return this.entityManager
			.createQuery("select n.note from " + cell.mapping().type().getSimpleName() + " n", String.class)
			.getResultList();
	}

}
