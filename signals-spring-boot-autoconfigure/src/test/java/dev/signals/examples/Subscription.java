package dev.signals.examples;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "ex_subscriptions")
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	private Job job;

	private String email;

	protected Subscription() {
	}

	public Subscription(Job job, String email) {
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
