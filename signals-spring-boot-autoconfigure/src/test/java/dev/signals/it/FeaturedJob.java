package dev.signals.it;

import jakarta.persistence.Entity;

@Entity
public class FeaturedJob extends Job {

	protected FeaturedJob() {
	}

	public FeaturedJob(String title, String details) {
		super(title, details);
	}

}
