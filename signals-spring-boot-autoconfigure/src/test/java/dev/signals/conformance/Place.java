package dev.signals.conformance;

import jakarta.persistence.Embeddable;

@Embeddable
public class Place {

	private String city;

	private String street;

	protected Place() {
	}

	public Place(String city, String street) {
		this.city = city;
		this.street = street;
	}

	public String getCity() {
		return this.city;
	}

	public String getStreet() {
		return this.street;
	}

}
