package dev.signals.conformance;

import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * How the entity under test is mapped: one value per mapping the matrix covers, each an
 * entity class of its own.
 */
enum Mapping {

	IDENTITY_ID(PlainNode.class, (fixture, seq) -> new PlainNode()),

	SEQUENCE_ID_BATCHED(SequenceNode.class, (fixture, seq) -> new SequenceNode()),

	ASSIGNED_ID(AssignedNode.class, (fixture, seq) -> new AssignedNode("a-" + UUID.randomUUID())),

	VERSION(VersionedNode.class, (fixture, seq) -> new VersionedNode()),

	EMBEDDED(EmbeddedNode.class, (fixture, seq) -> {
		EmbeddedNode node = new EmbeddedNode();
		node.setPlace(new Place("city" + seq, "street"));
		return node;
	}),

	ELEMENT_COLLECTION(TaggedNode.class, (fixture, seq) -> {
		TaggedNode node = new TaggedNode();
		node.getTags().addAll(Set.of("red", "green"));
		return node;
	}),

	MANY_TO_MANY(LabelledNode.class, (fixture, seq) -> {
		LabelledNode node = new LabelledNode();
		node.getLabels().add(fixture.label());
		return node;
	}),

	ONE_TO_ONE_MAPS_ID(SharedIdNode.class, (fixture, seq) -> new SharedIdNode(fixture.anchor())),

	ID_CLASS(IdClassNode.class, (fixture, seq) -> new IdClassNode("c-" + UUID.randomUUID(), seq)),

	EMBEDDED_ID(EmbeddedIdNode.class,
			(fixture, seq) -> new EmbeddedIdNode(new EmbeddedIdNode.Key("k-" + UUID.randomUUID(), seq))),

	SINGLE_TABLE(SingleTableChild.class, (fixture, seq) -> new SingleTableChild()),

	JOINED(JoinedChild.class, (fixture, seq) -> new JoinedChild()),

	TABLE_PER_CLASS(TablePerClassChild.class, (fixture, seq) -> new TablePerClassChild()),

	/** Loaded as a lazy reference, so that Hibernate hands out a proxy. */
	LAZY_PROXY(ProxiedNode.class, (fixture, seq) -> new ProxiedNode()),

	DYNAMIC_UPDATE(DynamicNode.class, (fixture, seq) -> new DynamicNode()),

	IMMUTABLE(ImmutableNode.class, (fixture, seq) -> new ImmutableNode()),

	SOFT_DELETE(SoftDeletedNode.class, (fixture, seq) -> new SoftDeletedNode());

	private final Class<? extends Node> type;

	private final BiFunction<Fixture, Integer, Node> factory;

	Mapping(Class<? extends Node> type, BiFunction<Fixture, Integer, Node> factory) {
		this.type = type;
		this.factory = factory;
	}

	Class<? extends Node> type() {
		return this.type;
	}

	Node create(Fixture fixture, int seq) {
		Node node = this.factory.apply(fixture, seq);
		node.setTitle("title " + seq);
		return node;
	}

	/** Change the entity as an update path does. */
	void change(Node node) {
		node.setTitle(node.getTitle() + " (edited)");
		if (node instanceof EmbeddedNode embedded) {
			embedded.setPlace(new Place(embedded.getPlace().getCity() + " (moved)", embedded.getPlace().getStreet()));
		}
	}

	/** The attribute paths {@link #change(Node)} shows in {@code changes()}. */
	Set<String> changed() {
		return (this == EMBEDDED) ? Set.of("title", "place.city") : Set.of("title");
	}

	/** Whether an update writes a row: Hibernate ignores changes to an immutable entity. */
	boolean updatable() {
		return this != IMMUTABLE;
	}

	/** Whether the entity stays as a flagged row when it is deleted. */
	boolean softDeleted() {
		return this == SOFT_DELETE;
	}

	/**
	 * Whether Hibernate itself can write the entity along the path; the README's table of
	 * what sends what gives the reason for each that it cannot.
	 */
	boolean supports(WritePath path) {
		return switch (this) {
			// refused by Hibernate: an immutable entity is never updated
			case IMMUTABLE -> path != WritePath.STATELESS_UPDATE && path != WritePath.STATELESS_UPSERT;
			// a stateless session deletes no collection rows, so the foreign keys of these refuse the delete
			case ELEMENT_COLLECTION, MANY_TO_MANY -> path != WritePath.STATELESS_DELETE;
			// a soft-deleted child keeps its row, whose foreign key refuses the hard delete of its parent
			case SOFT_DELETE -> path != WritePath.DELETE_CASCADE;
			default -> true;
		};
	}

}
