package dev.signals.sample.jobs.admin;

import dev.signals.sample.jobs.job.Job;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the admin edits of a job.
 */
public class JobForm {

	@NotBlank
	@Size(max = 255)
	private String company;

	@NotBlank
	@Email
	@Size(max = 255)
	private String companyEmail;

	@NotBlank
	@Size(max = 255)
	private String title;

	@Size(max = 4000)
	private String details;

	static JobForm of(Job job) {
		JobForm form = new JobForm();
		form.setCompany(job.getCompany());
		form.setCompanyEmail(job.getCompanyEmail());
		form.setTitle(job.getTitle());
		form.setDetails(job.getDetails());
		return form;
	}

	Job toJob() {
		return new Job(this.company, this.companyEmail, this.title, this.details);
	}

	void applyTo(Job job) {
		job.setCompany(this.company);
		job.setCompanyEmail(this.companyEmail);
		job.setTitle(this.title);
		job.setDetails(this.details);
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

}
