package dev.signals.conformance;

import java.util.List;
import java.util.function.BiConsumer;

import org.hibernate.StatelessSession;

import dev.signals.conformance.Fixture.Seeded;

/**
 * How the entity under test reaches the flush: every write path of JPA, Spring Data and
 * Hibernate users take.
 */
enum WritePath {

	PERSIST(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.inTransaction(cell, () -> fixture.entityManager().persist(seeded.fresh().get(0)));
		}
	},

	SAVE_NEW(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.write(cell, () -> fixture.repository(cell).save(seeded.fresh().get(0)));
		}
	},

	SAVE_ALL(Kind.INSERT, 2) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.write(cell, () -> fixture.repository(cell).saveAll(seeded.fresh()));
		}
	},

	SAVE_AND_FLUSH(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.write(cell, () -> fixture.jpaRepository(cell).saveAndFlush(seeded.fresh().get(0)));
		}
	},

	/** A child added to a managed parent's collection, persisted by the flush's cascade. */
	CASCADE_AT_FLUSH(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.inTransaction(cell,
					() -> fixture.holders().findById(seeded.holder().getId()).orElseThrow().add(seeded.fresh().get(0)));
		}
	},

	/** A detached parent that gained a child, saved back: a merge cascading to a new entity. */
	MERGE_GRAPH(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			seeded.holder().add(seeded.fresh().get(0));
			fixture.write(cell, () -> fixture.holders().save(seeded.holder()));
		}
	},

	/** A {@code post_save} receiver of another entity saves the entity under test. */
	POST_SAVE_WRITE(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.script().pendingWrite = seeded.fresh().get(0);
			fixture.write(cell, () -> fixture.script().repository(Trigger.class).save(new Trigger("go")));
		}
	},

	STATELESS_INSERT(Kind.INSERT, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.stateless(cell, (session) -> session.insert(seeded.fresh().get(0)));
		}
	},

	/** A detached entity changed and saved back: a merge. */
	SAVE_DETACHED(Kind.UPDATE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			Node node = seeded.existing().get(0);
			cell.mapping().change(node);
			fixture.write(cell, () -> fixture.repository(cell).save(node));
		}
	},

	/** A managed entity changed inside a transaction, written by dirty checking. */
	DIRTY_CHECKING(Kind.UPDATE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.inTransaction(cell, () -> cell.mapping().change(fixture.load(cell, seeded.existing().get(0))));
		}
	},

	STATELESS_UPDATE(Kind.UPDATE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			statelesslyChanged(fixture, cell, seeded, StatelessSession::update);
		}
	},

	STATELESS_UPSERT(Kind.UPDATE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			statelesslyChanged(fixture, cell, seeded, StatelessSession::upsert);
		}
	},

	/** A child removed from a managed parent's collection, deleted by orphan removal. */
	ORPHAN_REMOVAL(Kind.DELETE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.inTransaction(cell, () -> fixture.holders()
				.findById(seeded.holder().getId())
				.orElseThrow()
				.nodes(cell.mapping().type())
				.remove(0));
		}
	},

	/** The parent deleted, the child with it by cascade. */
	DELETE_CASCADE(Kind.DELETE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.write(cell, () -> fixture.holders().delete(seeded.holder()));
		}
	},

	DELETE_BY_ID(Kind.DELETE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			Object id = fixture.id(seeded.existing().get(0));
			fixture.write(cell, () -> fixture.repository(cell).deleteById(id));
		}
	},

	DELETE_ALL(Kind.DELETE, 2) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.write(cell, () -> fixture.repository(cell).deleteAll(seeded.existing()));
		}
	},

	/** A lazy reference removed without loading it first. */
	REMOVE_REFERENCE(Kind.DELETE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			Object id = fixture.id(seeded.existing().get(0));
			fixture.inTransaction(cell, () -> fixture.entityManager()
				.remove(fixture.entityManager().getReference(cell.mapping().type(), id)));
		}
	},

	STATELESS_DELETE(Kind.DELETE, 1) {
		@Override
		void run(Fixture fixture, Cell cell, Seeded seeded) {
			fixture.stateless(cell,
					(session) -> session.delete(statelessGet(session, fixture, cell, seeded.existing().get(0))));
		}
	};

	private final Kind kind;

	private final int entities;

	WritePath(Kind kind, int entities) {
		this.kind = kind;
		this.entities = entities;
	}

	Kind kind() {
		return this.kind;
	}

	/** How many entities under test the path writes. */
	int entities() {
		return this.entities;
	}

	boolean stateless() {
		return name().startsWith("STATELESS_");
	}

	abstract void run(Fixture fixture, Cell cell, Seeded seeded);

	/** Load the entity under test in a stateless session, change it and write it back. */
	private static void statelesslyChanged(Fixture fixture, Cell cell, Seeded seeded,
			BiConsumer<StatelessSession, Object> write) {
		fixture.stateless(cell, (session) -> {
			Node node = statelessGet(session, fixture, cell, seeded.existing().get(0));
			cell.mapping().change(node);
			write.accept(session, node);
		});
	}

	private static Node statelessGet(StatelessSession session, Fixture fixture, Cell cell, Node existing) {
		return (Node) session.get(cell.mapping().type(), fixture.id(existing));
	}

	enum Kind {

		INSERT, UPDATE, DELETE

	}

	static List<WritePath> all() {
		return List.of(values());
	}

}
