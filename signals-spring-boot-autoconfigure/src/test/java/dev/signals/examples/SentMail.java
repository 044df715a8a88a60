package dev.signals.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import dev.signals.Change;

/**
 * Keeps the emails the examples send, for their tests to read.
 */
@Component
class SentMail implements Mail {

	private final List<TitleChange> titleChanges = new CopyOnWriteArrayList<>();

	private final List<CompanyEmail> companyEmails = new CopyOnWriteArrayList<>();

	@Override
	public void tellSubscribers(Job job, Change title) {
		this.titleChanges.add(new TitleChange(job.getId(), title));
	}

	@Override
	public void tellCompany(Job job, String subscriber) {
		this.companyEmails.add(new CompanyEmail(job.getId(), subscriber));
	}

	List<TitleChange> titleChanges() {
		return List.copyOf(this.titleChanges);
	}

	List<CompanyEmail> companyEmails() {
		return List.copyOf(this.companyEmails);
	}

	void clear() {
		this.titleChanges.clear();
		this.companyEmails.clear();
	}

	record TitleChange(Long jobId, Change title) {
	}

	record CompanyEmail(Long jobId, String subscriber) {
	}

}
