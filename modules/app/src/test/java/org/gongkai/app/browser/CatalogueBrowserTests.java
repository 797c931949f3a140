package org.gongkai.app.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's whole round in a real browser: the 滨湖镇 editor drafts an item with an
 * attachment and submits it, the reviewer approves and publishes it, citizens find it on
 * the portal and by search, and after its withdrawal they find it in neither. Screenshots
 * of each step are kept in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CatalogueBrowserTests {

	static final String PASSWORD = "Demo@2026";

	@LocalServerPort
	int port;

	@Test
	void anItemGoesFromTheEditorThroughTheReviewerToThePortalAndOutAgain(@TempDir Path files) throws Exception {
		String base = "http://localhost:" + this.port;
		String title = "关于做好2026年冬季清雪除冰工作的通知（" + UUID.randomUUID().toString().substring(0, 6) + "）";
		Path attachment = files.resolve("清雪除冰责任分工表.pdf");
		Files.write(attachment, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
		String search = base + "/towns/binhu/search?q=" + URLEncoder.encode("清雪除冰", StandardCharsets.UTF_8);

		String itemPage;
		try (var editor = new Browser()) {
			editor.open(base + "/staff/towns/binhu/items/new").signIn("binhu-editor", PASSWORD);
			editor.type(By.id("title"), title);
			editor.type(By.id("publisher"), "昌吉市滨湖镇人民政府");
			setValue(editor, By.id("formedOn"), java.time.LocalDate.now().toString());
			Select category = new Select(editor.waitFor(By.id("categoryId")));
			category.getOptions()
				.stream()
				.filter(option -> option.getText().contains("工作动态"))
				.findFirst()
				.orElseThrow()
				.click();
			check(editor, By.cssSelector("input[name=channels][value=WEBSITE]"));
			check(editor, By.cssSelector("input[name=channels][value=NOTICEBOARD]"));
			check(editor, By.cssSelector("input[name=validity][value=IN_FORCE]"));
			editor.type(By.id("keywords"), "清雪 除冰");
			editor.type(By.id("body"), "<p>入冬以来降雪频繁，请各村（社区）按责任分工及时清雪除冰，保障群众出行安全。</p>");
			editor.waitFor(By.id("files")).sendKeys(attachment.toAbsolutePath().toString());
			editor.screenshot("catalogue-1-form");
			editor.click(By.cssSelector("main form[enctype] button[type=submit]"));

			editor.until("the new item's page", driver -> driver.getPageSource().contains("清雪除冰责任分工表.pdf"));
			itemPage = editor.url();
			editor.click(By.cssSelector("form[action$='/submit'] button"));
			editor.until("the item submitted",
					driver -> driver.findElements(By.cssSelector("form[action$='/submit']")).isEmpty());
			editor.screenshot("catalogue-2-submitted");
			editor.signOut(base);
		}

		try (var reviewer = new Browser()) {
			reviewer.open(base + "/staff/towns/binhu/review").signIn("binhu-reviewer", PASSWORD);
			reviewer.click(By.linkText(title));
			reviewer.click(By.cssSelector("form[action$='/approve'] button"));
			reviewer.click(By.cssSelector("form[action$='/publish'] button"));
			reviewer.until("the item published",
					driver -> driver.findElements(By.cssSelector("form[action$='/publish']")).isEmpty()
							&& driver.getPageSource().contains("11652301752301009G/"));
			reviewer.screenshot("catalogue-3-published");

			reviewer.open(base + "/towns/binhu/catalogue");
			assertThat(reviewer.text()).contains(title);
			reviewer.screenshot("catalogue-4-portal");
			reviewer.click(By.partialLinkText("清雪除冰工作的通知"));
			assertThat(reviewer.text()).contains("索引号", "11652301752301009G/", "清雪除冰责任分工表.pdf");
			reviewer.screenshot("catalogue-5-portal-item");
			reviewer.open(search);
			assertThat(reviewer.text()).contains(title);
			reviewer.screenshot("catalogue-6-search");

			reviewer.open(itemPage);
			reviewer.click(By.cssSelector("a[href$='/withdraw']"));
			reviewer.type(By.id("reason"), "通知内容需要调整，撤回后重新发布");
			check(reviewer, By.id("confirmed"));
			reviewer.click(By.cssSelector("main form button[type=submit]"));
			reviewer.until("the item withdrawn", driver -> driver.getPageSource().contains("通知内容需要调整"));

			reviewer.open(base + "/towns/binhu/catalogue");
			assertThat(reviewer.text()).doesNotContain(title);
			reviewer.open(search);
			assertThat(reviewer.text()).doesNotContain(title);
			reviewer.screenshot("catalogue-7-withdrawn-search");
		}
	}

	private static void check(Browser browser, By box) {
		WebElement input = browser.waitFor(box);
		if (!input.isSelected()) {
			input.click();
		}
	}

	/**
	 * Date fields take keys in the browser's locale format; the value is set directly.
	 */
	private static void setValue(Browser browser, By field, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.waitFor(field), value);
	}

}
