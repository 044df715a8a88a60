package dev.signals.conformance;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * The aggregate root of every entity of the matrix: each reaches the database by cascade
 * from here, and leaves it by orphan removal.
 */
@Entity
@Table(name = "cf_holders")
public class Holder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<PlainNode> plainNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ProxiedNode> proxiedNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<SequenceNode> sequenceNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AssignedNode> assignedNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<VersionedNode> versionedNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EmbeddedNode> embeddedNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<TaggedNode> taggedNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<LabelledNode> labelledNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<SharedIdNode> sharedIdNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<IdClassNode> idClassNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<EmbeddedIdNode> embeddedIdNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<SingleTableChild> singleTableChilds = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<JoinedChild> joinedChilds = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<TablePerClassChild> tablePerClassChilds = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DynamicNode> dynamicNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ImmutableNode> immutableNodes = new ArrayList<>();

	@OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<SoftDeletedNode> softDeletedNodes = new ArrayList<>();

	protected Holder() {
	}

	public Holder(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	@SuppressWarnings("unchecked")
	public <T extends Node> List<T> nodes(Class<T> type) {
		List<? extends Node> nodes = switch (type.getSimpleName()) {
			case "PlainNode" -> this.plainNodes;
			case "ProxiedNode" -> this.proxiedNodes;
			case "SequenceNode" -> this.sequenceNodes;
			case "AssignedNode" -> this.assignedNodes;
			case "VersionedNode" -> this.versionedNodes;
			case "EmbeddedNode" -> this.embeddedNodes;
			case "TaggedNode" -> this.taggedNodes;
			case "LabelledNode" -> this.labelledNodes;
			case "SharedIdNode" -> this.sharedIdNodes;
			case "IdClassNode" -> this.idClassNodes;
			case "EmbeddedIdNode" -> this.embeddedIdNodes;
			case "SingleTableChild" -> this.singleTableChilds;
			case "JoinedChild" -> this.joinedChilds;
			case "TablePerClassChild" -> this.tablePerClassChilds;
			case "DynamicNode" -> this.dynamicNodes;
			case "ImmutableNode" -> this.immutableNodes;
			case "SoftDeletedNode" -> this.softDeletedNodes;
			default -> throw new IllegalArgumentException(type.getName());
		};
		return (List<T>) nodes;
	}

	public <T extends Node> T add(T node) {
		nodes(type(node)).add(node);
		node.setHolder(this);
		return node;
	}

	@SuppressWarnings("unchecked")
	private static <T extends Node> Class<T> type(T node) {
		return (Class<T>) node.getClass();
	}

}
