package dev.signals.conformance;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every entity of the matrix has: a title that updates change, a note that
 * {@code pre_save} receivers change, and the holder whose collections cascade to it.
 */
@MappedSuperclass
public abstract class Node {

	private String title;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY)
	private Holder holder;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Holder getHolder() {
		return this.holder;
	}

	public void setHolder(Holder holder) {
		this.holder = holder;
	}

}
