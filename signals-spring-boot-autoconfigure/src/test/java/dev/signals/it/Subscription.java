package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "it_subscriptions")
public class Subscription {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(optional = false)
	private Job job;

	private String email;

	protected Subscription() {
	}

	Subscription(Job job, String email) {
		this.job = job;
		this.email = email;
	}

	public Long getId() {
		return this.id;
	}

	public Job getJob() {
		return this.job;
	}

	public String getEmail() {
		return this.email;
	}

}
