package dev.signals.actuate.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ep_tickets")
public class Ticket {

	@Id
	@GeneratedValue
	private Long id;

	private String title;

	protected Ticket() {
	}

	public Ticket(String title) {
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

}
