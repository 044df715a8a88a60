package dev.signals.sample.jobs.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A subscriber's interest in one job; at most one per subscriber and job. Stored through its
 * job's collection ({@code Job.addSubscription}), by cascade.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = { "subscriber_id", "job_id" }))
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "subscriber_id")
	private Subscriber subscriber;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "job_id")
	private Job job;

	// "number" is a reserved word in some SQL dialects. Nullable: rows stored before numbering
	// existed, and rows written with signals muted, have none.
	@Column(name = "subscriber_number")
	private Integer number;

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Subscription() {
	}

	public Subscription(Subscriber subscriber, Job job) {
		this.subscriber = subscriber;
		this.job = job;
	}

	public Long getId() {
		return this.id;
	}

	public Subscriber getSubscriber() {
		return this.subscriber;
	}

	public Job getJob() {
		return this.job;
	}

	/**
	 * The subscriber number of this subscription among its job's: 1 for the first.
	 * @return the number, or {@code null} if none was given
	 * @see SubscriptionNumbering
	 */
	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
