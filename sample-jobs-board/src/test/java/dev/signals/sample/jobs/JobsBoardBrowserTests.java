package dev.signals.sample.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A visitor and the admin in headless Chromium, on the demo data: browse, subscribe, log in,
 * edit and delete the job, then check the emails; and a job with a long unbroken title at a
 * desktop's and a phone's width. Screenshots go to
 * {@code target/screenshots}. Needs Debian's {@code chromium} and {@code chromium-driver};
 * run by the {@code services} build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "jobs-board.admin.password=browser-secret", "jobs-board.demo-data=true" })
@DirtiesContext
class JobsBoardBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** A long address that still fits an email's 64 characters before the {@code @}. */
	private static final String LONG_RECIPIENT = "subscriber".repeat(6) + "@northwindtraders.example";

	private static Path profile;

	private static WebDriver browser;

	private final GreenMail greenMail = TestMailServer.get();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("jobs-board-chromium");
		// Debian's browser and driver, named explicitly so that Selenium Manager downloads nothing.
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,960");
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aVisitorSubscribesAndTheAdminTakesTheJobDown() throws Exception {
		this.greenMail.purgeEmailFromAllMailboxes();

		open("/jobs");
		assertHeading("Open jobs");
		assertThat(browser.findElements(By.className("job-link"))).hasSizeGreaterThanOrEqualTo(3);
		screenshot("01-jobs");

		browser.findElement(By.linkText("Frontend Developer")).click();
		assertHeading("Frontend Developer");
		browser.findElement(By.id("email")).sendKeys("not-an-email");
		submit();
		assertThat(awaitElement(By.className("field-error")).getText()).isNotBlank();
		screenshot("02-job-invalid-email");

		WebElement email = browser.findElement(By.id("email"));
		email.clear();
		email.sendKeys("visitor@example.com");
		screenshot("03-job");
		submit();
		assertHeading("Subscription confirmed");
		// post/redirect/get: the confirmation is a page of its own, and reloading it posts nothing
		assertThat(browser.getCurrentUrl()).matches(".*/jobs/\\d+/subscribed");
		screenshot("04-subscribed");
		browser.navigate().refresh();
		assertHeading("Frontend Developer");
		assertThat(browser.findElements(By.className("notice"))).isEmpty();

		open("/admin/jobs");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertHeading("Log in");
		assertStyledWithTheSitesLayout();
		logIn("admin", "wrong");
		assertTextContains(By.cssSelector(".notice.error"), "Wrong user name or password.");
		browser.findElement(By.name("username")).sendKeys("admin");
		browser.findElement(By.name("password")).sendKeys("browser-secret");
		screenshot("05-login");
		submit();
		assertHeading("Manage jobs");
		screenshot("06-admin-jobs");

		row("Frontend Developer").findElement(By.linkText("Subscribers")).click();
		assertText(By.className("subscriber-email"), "visitor@example.com");
		assertText(By.className("subscriber-number"), "1");
		// one subscriber: the reload above subscribed nobody twice
		assertThat(browser.findElements(By.className("subscriber-email"))).hasSize(1);
		screenshot("07-subscribers");

		open("/admin/jobs");
		row("Frontend Developer").findElement(By.linkText("Edit")).click();
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys("Senior Frontend Developer");
		screenshot("08-edit-job");
		submit();
		assertTextContains(By.className("flash"), "saved");

		row("Senior Frontend Developer").findElement(By.cssSelector("button.danger")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		assertTextContains(By.className("flash"), "deleted");
		assertThat(browser.getPageSource()).doesNotContain("Senior Frontend Developer");
		screenshot("09-admin-deleted");

		List<MimeMessage> emails = awaitEmails(4);
		assertThat(subjects(emails, "visitor@example.com")).containsExactlyInAnyOrder("Welcome to the Jobs Board",
				"Update to \"Senior Frontend Developer\" at Fabrikam Studios",
				"\"Senior Frontend Developer\" was taken down");
		assertThat(subjects(emails, "hello@fabrikam.example"))
			.containsExactly("New subscriber to \"Frontend Developer\"");

		// each row is marked SENT right after the mail server took its email; rows of the other
		// test, if it ran first, go to other addresses
		String ours = "//tr[contains(@class, 'notification')][td[@class='recipient'][text()='visitor@example.com' "
				+ "or text()='hello@fabrikam.example']]";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			open("/admin/notifications");
			assertThat(browser.findElements(By.xpath(ours))).hasSize(4);
			assertThat(browser.findElements(By.xpath(ours + "//span[contains(@class, 'badge') and contains(@class, 'ok')]")))
				.hasSize(4);
		});
		browser.findElement(By.cssSelector("tr.notification summary")).click();
		screenshot("10-notifications");

		open("/jobs");
		assertThat(browser.findElements(By.linkText("Senior Frontend Developer"))).isEmpty();
		open("/jobs/999999");
		assertHeading("Not found");
		screenshot("11-not-found");
	}

	@Test
	void pagesWithALongUnbrokenTitleFitTheScreenOnADesktopAndOnAPhone() throws Exception {
		String title = "Senior" + "Principal".repeat(12) + "Engineer";
		openAsAdmin("/admin/jobs/new");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("company")).sendKeys("Northwind" + "Traders".repeat(8));
		browser.findElement(By.id("companyEmail")).sendKeys("jobs@northwind.example");
		submit();
		assertTextContains(By.className("flash"), "created");
		try {
			// a welcome and a "New subscriber to" email, whose subject has the title in it
			open("/jobs");
			browser.findElement(By.linkText(title)).click();
			browser.findElement(By.id("email")).sendKeys(LONG_RECIPIENT);
			submit();
			assertHeading("Subscription confirmed");
			String longRows = "//tr[contains(@class, 'notification')][.//summary[contains(., '" + title + "')] "
					+ "or td[@class='recipient'][text()='" + LONG_RECIPIENT + "']]";
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				open("/admin/notifications");
				assertThat(browser.findElements(By.xpath(longRows))).hasSize(2);
			});
			for (Dimension size : List.of(new Dimension(1280, 960), new Dimension(390, 844))) {
				browser.manage().window().setSize(size);
				for (String path : List.of("/jobs", "/admin/jobs")) {
					open(path);
					assertThat(browser.findElements(By.linkText(title))).hasSize(1);
					assertNoHorizontalOverflow(path);
					screenshot("12-" + path.substring(1).replace('/', '-') + "-" + size.getWidth());
				}
				// below its minimum width the table scrolls inside its card, never the page
				open("/admin/notifications");
				assertThat(browser.findElements(By.xpath(longRows))).hasSize(2);
				assertNoHorizontalOverflow("/admin/notifications");
				screenshot("12-admin-notifications-" + size.getWidth());
			}
			browser.manage().window().setSize(new Dimension(1280, 960));
			open("/admin/notifications");
			// the long subject wraps in a cell that keeps its share of the row, not a word a line
			for (WebElement subject : browser.findElements(By.xpath(longRows + "/td[.//summary]"))) {
				assertThat(subject.getRect().getWidth()).as("width of the subject cell at 1280 px")
					.isGreaterThan(150);
			}
			browser.manage().window().setSize(new Dimension(390, 844));
			open("/login");
			assertNoHorizontalOverflow("/login");
			screenshot("13-login-390");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 960));
			openAsAdmin("/admin/jobs");
			row(title).findElement(By.cssSelector("button.danger")).click();
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
			assertTextContains(By.className("flash"), "deleted");
		}
		// the "taken down" email too is sent before the other test counts the mail server's emails
		await().atMost(Duration.ofSeconds(10))
			.until(() -> subjects(Arrays.asList(this.greenMail.getReceivedMessages()), LONG_RECIPIENT).size() == 2);
	}

	/**
	 * Each test starts logged out, whichever ran before it.
	 */
	@BeforeEach
	void logOut() {
		open("/jobs");
		browser.manage().deleteAllCookies();
	}

	private void openAsAdmin(String path) {
		open(path);
		if (browser.getCurrentUrl().endsWith("/login")) {
			logIn("admin", "browser-secret");
		}
	}

	private static void logIn(String username, String password) {
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		submit();
	}

	/**
	 * The stylesheet loaded (the Content-Security-Policy allows it) and the page has the site's
	 * header: not Spring Security's unstyled default page.
	 */
	private static void assertStyledWithTheSitesLayout() {
		Object headerBackground = ((JavascriptExecutor) browser).executeScript(
				"return getComputedStyle(document.querySelector('header.site-header')).backgroundColor");
		assertThat(headerBackground).isEqualTo("rgb(16, 42, 67)");
	}

	private static void assertNoHorizontalOverflow(String path) {
		List<?> widths = (List<?>) ((JavascriptExecutor) browser)
			.executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
		long scrollWidth = ((Number) widths.get(0)).longValue();
		long innerWidth = ((Number) widths.get(1)).longValue();
		assertThat(scrollWidth).as("width of %s in a window %d px wide", path, innerWidth)
			.isLessThanOrEqualTo(innerWidth);
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	/**
	 * After a click the browser may still show the previous page: wait for the expected one
	 * rather than read an element that is about to go stale.
	 */
	private static void assertHeading(String text) {
		assertText(By.tagName("h1"), text);
	}

	private static void assertText(By locator, String text) {
		pageWait().until(ExpectedConditions.textToBe(locator, text));
	}

	private static void assertTextContains(By locator, String text) {
		pageWait().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	private static WebElement awaitElement(By locator) {
		return pageWait().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static WebDriverWait pageWait() {
		return new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	private static void submit() {
		// the page's own form, not the log out button in the header
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private static WebElement row(String jobTitle) {
		return browser.findElement(By.xpath("//tr[td/a[text()='" + jobTitle + "']]"));
	}

	private static void screenshot(String name) throws IOException {
		File file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private List<MimeMessage> awaitEmails(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.greenMail.getReceivedMessages().length >= count);
		List<MimeMessage> emails = Arrays.asList(this.greenMail.getReceivedMessages());
		assertThat(emails).hasSize(count);
		return emails;
	}

	private static List<String> subjects(List<MimeMessage> emails, String recipient) throws MessagingException {
		List<String> subjects = new java.util.ArrayList<>();
		for (MimeMessage email : emails) {
			if (email.getRecipients(RecipientType.TO)[0].toString().equals(recipient)) {
				subjects.add(email.getSubject());
			}
		}
		return subjects;
	}

}
