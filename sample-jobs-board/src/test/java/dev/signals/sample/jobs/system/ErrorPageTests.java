package dev.signals.sample.jobs.system;

import dev.signals.sample.jobs.admin.SecurityConfiguration;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The error page Spring Boot renders for each status, asked for as the servlet container's
 * error dispatch does.
 */
@WebMvcTest(WelcomeController.class)
@Import(SecurityConfiguration.class)
class ErrorPageTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aBadRequestSaysTheRequestWasMalformedAndNotToWait() throws Exception {
		this.mvc.perform(error(400))
			.andExpect(content().string(allOf(containsString("The request was malformed"),
					not(containsString("try again later")))));
	}

	@Test
	void aForbiddenRequestSuggestsReloadingTheForm() throws Exception {
		this.mvc.perform(error(403))
			.andExpect(content().string(allOf(containsString("not allowed"), containsString("reload the page"),
					not(containsString("try again later")))));
	}

	@Test
	void anotherClientErrorDoesNotSuggestWaiting() throws Exception {
		this.mvc.perform(error(405))
			.andExpect(content().string(allOf(containsString("could not be handled"),
					not(containsString("try again later")))));
	}

	@Test
	void aServerErrorSuggestsTryingAgainLater() throws Exception {
		this.mvc.perform(error(500)).andExpect(content().string(containsString("Please try again later.")));
	}

	private static RequestBuilder error(int status) {
		return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/jobs/7/subscribe")
			.accept(MediaType.TEXT_HTML);
	}

}
