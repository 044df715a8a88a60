package dev.signals.conformance;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A Spring Data repository for each entity of the matrix, as users declare them.
 */
interface Repositories {

	interface PlainNodeRepository extends JpaRepository<PlainNode, Long> {
	}

	interface ProxiedNodeRepository extends JpaRepository<ProxiedNode, Long> {
	}

	interface SequenceNodeRepository extends JpaRepository<SequenceNode, Long> {
	}

	interface AssignedNodeRepository extends JpaRepository<AssignedNode, String> {
	}

	interface VersionedNodeRepository extends JpaRepository<VersionedNode, Long> {
	}

	interface EmbeddedNodeRepository extends JpaRepository<EmbeddedNode, Long> {
	}

	interface TaggedNodeRepository extends JpaRepository<TaggedNode, Long> {
	}

	interface LabelledNodeRepository extends JpaRepository<LabelledNode, Long> {
	}

	interface SharedIdNodeRepository extends JpaRepository<SharedIdNode, Long> {
	}

	interface IdClassNodeRepository extends JpaRepository<IdClassNode, IdClassNode.Key> {
	}

	interface EmbeddedIdNodeRepository extends JpaRepository<EmbeddedIdNode, EmbeddedIdNode.Key> {
	}

	interface SingleTableChildRepository extends JpaRepository<SingleTableChild, Long> {
	}

	interface JoinedChildRepository extends JpaRepository<JoinedChild, Long> {
	}

	interface TablePerClassChildRepository extends JpaRepository<TablePerClassChild, Long> {
	}

	interface DynamicNodeRepository extends JpaRepository<DynamicNode, Long> {
	}

	interface ImmutableNodeRepository extends JpaRepository<ImmutableNode, Long> {
	}

	interface SoftDeletedNodeRepository extends JpaRepository<SoftDeletedNode, Long> {
	}

	interface HolderRepository extends JpaRepository<Holder, Long> {
	}

	interface AuditRepository extends JpaRepository<Audit, Long> {

		long countByLabel(String label);

	}

	interface TriggerRepository extends JpaRepository<Trigger, Long> {
	}

	interface LabelRepository extends JpaRepository<Label, Long> {
	}

	interface AnchorRepository extends JpaRepository<Anchor, Long> {
	}

}
