package dev.signals.sample.jobs.job;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import org.springframework.util.Assert;

/**
 * A job posting. Its attribute names ({@code title}, {@code details}, {@code open}) are the
 * keys of the {@code changes()} that {@code post_save} receivers see.
 */
@Entity
public class Job {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String company;

	@Column(nullable = false)
	private String companyEmail;

	@Column(nullable = false)
	private String title;

	@Column(length = 4000)
	private String details;

	// "open" is a keyword in some SQL dialects
	@Column(name = "is_open", nullable = false)
	private boolean open = true;

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@UpdateTimestamp
	private Instant modifiedAt;

	// A subscription is stored by adding it here: persisting cascades to it when the job is
	// flushed, and its pre_save comes first, where receivers may still query. Removing a job
	// removes its subscriptions through JPA, so pre_delete is sent for each of them and for the
	// job while every row is still there.
	@OneToMany(mappedBy = "job", cascade = { CascadeType.PERSIST, CascadeType.REMOVE })
	private Set<Subscription> subscriptions = new HashSet<>();

	protected Job() {
	}

	public Job(String company, String companyEmail, String title, String details) {
		this.company = company;
		this.companyEmail = companyEmail;
		this.title = title;
		this.details = details;
	}

	public Long getId() {
		return this.id;
	}

	public String getCompany() {
		return this.company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public String getCompanyEmail() {
		return this.companyEmail;
	}

	public void setCompanyEmail(String companyEmail) {
		this.companyEmail = companyEmail;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public boolean isOpen() {
		return this.open;
	}

	public void close() {
		this.open = false;
	}

	/**
	 * Add a subscription to this job's; it is inserted, by cascade, when the job is flushed.
	 * @param subscription a new subscription of this job
	 */
	public void addSubscription(Subscription subscription) {
		// the row's job_id is the subscription's job, not this collection (mappedBy)
		Assert.isTrue(subscription.getJob() == this, "The subscription belongs to another job");
		this.subscriptions.add(subscription);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

}
