package dev.signals.benchmarks.writes;

import java.util.Arrays;

/**
 * What each write benchmark runs: with or without the starter, which entity class, which receiver.
 */
public enum Variant {

	/** Plain Hibernate through Spring Data, the starter disabled: the baseline. */
	plain(false, Item.class, null),

	/** The starter with no receiver. */
	starter(true, Item.class, null),

	/** The starter with one {@code IMMEDIATE} receiver of {@code post_save}/{@code post_delete}. */
	signal(true, Item.class, Receivers.Immediate.class),

	/**
	 * The starter with one {@code IMMEDIATE} receiver of {@code pre_save} and
	 * {@code pre_delete}: the passes that announce them run.
	 */
	preSignal(true, Item.class, Receivers.Before.class),

	/** A JPA {@code @EntityListeners} class with {@code @PostPersist}/{@code @PostUpdate}/{@code @PostRemove}. */
	entityListener(false, ListenedItem.class, null),

	/** Spring Data domain events ({@code AbstractAggregateRoot}) to an {@code @EventListener}. */
	domainEvents(false, AggregateItem.class, Receivers.DomainEvents.class),

	/** The starter with one {@code AFTER_COMMIT} receiver of {@code post_save}/{@code post_delete}. */
	signalAfterCommit(true, Item.class, Receivers.AfterCommit.class),

	/** Spring Data domain events to a {@code @TransactionalEventListener} (after commit). */
	txEventListener(false, AggregateItem.class, Receivers.TransactionalDomainEvents.class);

	private final boolean withStarter;

	private final Class<? extends Row> entityClass;

	private final Class<?> receiver;

	Variant(boolean withStarter, Class<? extends Row> entityClass, Class<?> receiver) {
		this.withStarter = withStarter;
		this.entityClass = entityClass;
		this.receiver = receiver;
	}

	public boolean withStarter() {
		return this.withStarter;
	}

	public Class<? extends Row> entityClass() {
		return this.entityClass;
	}

	/** The bean class of the receiver or listener, {@code null} for none. */
	public Class<?> receiver() {
		return this.receiver;
	}

	/** How many times the variant's receiver runs per entity write. */
	public int callsPerWrite() {
		return (this == plain || this == starter) ? 0 : 1;
	}

	public static Variant of(String name) {
		return Arrays.stream(values())
			.filter((variant) -> variant.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No variant " + name));
	}

}
