package org.gongkai.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, driven through Selenium.
 * <p>
 * Uses Debian's {@code chromium} and {@code chromium-driver} at fixed paths: given both,
 * Selenium does not start Selenium Manager, which would try to download a browser and
 * fails without internet access. Each instance has a profile of its own, so cookies never
 * leak from one test to the next.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Long enough for a first page render while other builds share the two cores. */
	static final Duration WAIT = Duration.ofSeconds(60);

	private static final String MISSING = "Browser tests need %s: run ./deploy/local/test.sh, "
			+ "which installs chromium chromium-driver fonts-noto-cjk";

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	public Browser() {
		for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException(MISSING.formatted(executable));
			}
		}
		try {
			this.profile = Files.createTempDirectory("gongkai-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// no GPU, no /dev/shm to speak of, no root sandbox in containers; nothing that
		// calls home, so that tests neither wait on nor depend on the internet
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1600", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		// headless Chromium ignores --lang for the Accept-Language it sends: without this
		// the platform and Keycloak answer in English
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			this.driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			deleteProfile();
			throw ex;
		}
		this.wait = new WebDriverWait(this.driver, WAIT);
	}

	/** The driver itself, for whatever the helpers here do not cover. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Opens the page and answers once it has loaded. */
	public Browser open(String url) {
		this.driver.get(url);
		return this;
	}

	/** The address of the page shown now. */
	public String url() {
		return this.driver.getCurrentUrl();
	}

	/**
	 * The visible text of the page shown now. A page being replaced (a form just posted)
	 * can drop its body between finding and reading it: then the new page is read.
	 */
	public String text() {
		for (int attempt = 1;; attempt++) {
			try {
				return this.driver.findElement(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Fills in Keycloak's login page, on which the browser must be now (having opened a
	 * page that needs a sign-in), and answers once the browser is back on the
	 * application. Keycloak asks for the user name first and for the password on a second
	 * page, because the realm has organizations; a single page with both works too.
	 */
	public Browser signIn(String username, String password) {
		WebElement name = waitFor(By.id("username"));
		String keycloak = origin(url());
		name.clear();
		name.sendKeys(username);
		if (present(By.id("password"))) {
			type(By.id("password"), password);
		}
		submit(name);
		until("Keycloak to take the user name " + username,
				ExpectedConditions.or(ExpectedConditions.stalenessOf(name), leftOrigin(keycloak)));
		if (origin(url()).equals(keycloak)) {
			WebElement secret = waitFor(By.id("password"));
			secret.sendKeys(password);
			submit(secret);
		}
		until("Keycloak to sign in " + username + " and return to the application", leftOrigin(keycloak));
		return this;
	}

	/**
	 * Signs out of the application and of Keycloak through the staff pages' own sign-out
	 * button, and answers once Keycloak has sent the browser back to the application.
	 */
	public Browser signOut(String baseUrl) {
		open(baseUrl + "/staff");
		WebElement button = until("the sign-out button",
				ExpectedConditions.elementToBeClickable(By.cssSelector("form[action$='/logout'] [type=submit]")));
		button.click();
		// the staff page itself is on the application too: only once it is gone has the
		// sign-out gone through Keycloak and back (redirects show no page in between)
		until("the sign-out to leave the staff page", ExpectedConditions.stalenessOf(button));
		String application = origin(baseUrl);
		until("the sign-out to return to " + application, (driver) -> {
			String now = driver.getCurrentUrl();
			return now != null && origin(now).equals(application);
		});
		return this;
	}

	/**
	 * Saves a picture of the window to {@code target/browser-screenshots/<name>.png} of
	 * the module, next to the test reports that CI keeps, and answers its path.
	 */
	public Path screenshot(String name) {
		Path directory = Path.of(System.getProperty("basedir", "."), "target", "browser-screenshots");
		try {
			Files.createDirectories(directory);
			Path target = directory.resolve(name + ".png");
			// as bytes, not Selenium's temporary file: that one is readable by its owner
			// only
			return Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A file the signed-in user may download, fetched with the browser's session cookies
	 * (a browser's own download lands outside the test's reach); fails unless it is 200.
	 */
	public java.net.http.HttpResponse<byte[]> download(String url) throws Exception {
		String cookies = this.driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Cookie", cookies).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new AssertionError(url + " answered " + response.statusCode());
		}
		return response;
	}

	/** The element once it is visible. */
	public WebElement waitFor(By locator) {
		return until(locator + " to be visible", ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Clicks the element once it can be clicked. */
	public Browser click(By locator) {
		until(locator + " to be clickable", ExpectedConditions.elementToBeClickable(locator)).click();
		return this;
	}

	/** Replaces the text of the field once it is visible. */
	public Browser type(By locator, String text) {
		WebElement field = waitFor(locator);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Waits for the condition, failing with what was awaited and the page the browser got
	 * stuck on, which is usually all one needs to see why.
	 */
	public <T> T until(String what, ExpectedCondition<T> condition) {
		try {
			return this.wait.until(condition);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + "; the browser shows "
					+ this.driver.getCurrentUrl() + ":\n" + excerpt(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private boolean present(By locator) {
		return !this.driver.findElements(locator).isEmpty() && this.driver.findElement(locator).isDisplayed();
	}

	/** Submits the field's form with its submit button, as a person would. */
	private static void submit(WebElement field) {
		List<WebElement> buttons = field.findElements(By.xpath("./ancestor::form//*[@type='submit']"));
		if (buttons.isEmpty()) {
			field.submit();
		}
		else {
			buttons.get(0).click();
		}
	}

	private static ExpectedCondition<Boolean> leftOrigin(String origin) {
		return (driver) -> {
			String now = driver.getCurrentUrl();
			return now != null && !origin(now).equals(origin);
		};
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
	}

	private String excerpt() {
		try {
			String text = text();
			return text.substring(0, Math.min(text.length(), 1500));
		}
		catch (RuntimeException ex) {
			return "(no page text: " + ex.getMessage() + ")";
		}
	}

	private void deleteProfile() {
		// Chromium may still be flushing its profile as it exits: best effort, the
		// directory is a temporary one anyway
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// left for the system's temporary-file cleaning
		}
	}

}
