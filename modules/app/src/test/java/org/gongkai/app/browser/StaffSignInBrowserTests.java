package org.gongkai.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in with a real browser through the real Keycloak that devstack starts.
 * <p>
 * The platform is opened on {@code localhost} while Keycloak answers on {@code 127.0.0.1}
 * (its pinned hostname): two sites, as in production, so that the platform's and
 * Keycloak's cookies stay apart and the redirect back to the platform is the cross-site
 * one real browsers make. The realm allows both loopback hosts, any port, as redirect
 * URIs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffSignInBrowserTests {

	static final String PASSWORD = "Demo@2026";

	@LocalServerPort
	int port;

	@Test
	void anEditorSignsInOnKeycloaksPageAndSeesTheirTownInChinese() {
		String base = "http://localhost:" + this.port;
		try (var browser = new Browser()) {
			browser.open(base + "/staff/towns/binhu").signIn("binhu-editor", PASSWORD);

			String heading = browser.waitFor(By.tagName("h1")).getText();
			// before the assertions, so that a failure leaves a picture of what was shown
			browser.screenshot("staff-sign-in");

			// Spring Security marks the saved request it sends the browser back to with
			// "?continue"
			assertThat(browser.url()).startsWith(base + "/staff/towns/binhu");
			assertThat(heading).isEqualTo("滨湖镇");
			assertThat(browser.text()).contains("binhu-editor", "退出登录");

			browser.signOut(base).open(base + "/staff/towns/binhu");
			assertThat(browser.waitFor(By.id("username")).isDisplayed()).as("asked to sign in again").isTrue();
		}
	}

}
