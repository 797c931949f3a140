package org.gongkai.app.browser;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disclosure request's whole round in a real browser: a citizen applies on 滨湖镇's portal
 * and gets a tracking code; the request officer asks for a correction, records the
 * corrected application and writes a 部分公开 reply with its reason; the reviewer approves it
 * and the reply is delivered; after each step the applicant sees it on the status page;
 * the DOCX and PDF reply letters are downloaded with the staff session and read back with
 * their Chinese text. Screenshots in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestBrowserTests {

	static final String PASSWORD = "Demo@2026";

	/** A resident ID with a correct check character (GB 11643). */
	static final String ID_NUMBER = "652301199007150025";

	static final String PHONE = "13999012345";

	@LocalServerPort
	int port;

	@Test
	void aCitizensRequestIsCorrectedPartlyDisclosedAndFollowedOnTheStatusPage() throws Exception {
		String base = "http://localhost:" + this.port;
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String description = "滨湖镇2026年老旧小区改造项目的实施方案和资金安排（" + marker + "）";
		String reason = "资金安排中涉及施工企业银行账户信息，属于商业秘密，不予公开。";

		try (var citizen = new Browser()) {
			citizen.open(base + "/towns/binhu/requests/new");
			citizen.type(By.id("name"), "周秀英");
			citizen.type(By.id("idNumber"), ID_NUMBER);
			citizen.type(By.id("phone"), PHONE);
			citizen.type(By.id("email"), "zhouxy@example.cn");
			citizen.type(By.id("address"), "昌吉市滨湖镇幸福小区3号楼");
			citizen.type(By.id("description"), description);
			citizen.click(By.cssSelector("input[name=form][value=ELECTRONIC]"));
			citizen.click(By.cssSelector("input[name=delivery][value=EMAIL]"));
			citizen.screenshot("request-1-application");
			citizen.click(By.cssSelector("main form button[type=submit]"));
			String code = citizen.waitFor(By.cssSelector(".tracking-code")).getText().strip();
			assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
			citizen.screenshot("request-2-receipt");
			assertThat(status(citizen, base, code)).contains("已收到，正在办理");

			String page = base + "/staff/towns/binhu/requests/" + code;
			try (var officer = new Browser()) {
				officer.open(page).signIn("binhu-officer", PASSWORD);
				officer.until("the request page", driver -> driver.getPageSource().contains(description));
				assertThat(officer.text()).contains("周秀英", ID_NUMBER, "答复期限");
				officer.click(By.cssSelector("form[action$='/assign'] button"));
				officer.until("the officer assigned", driver -> driver.getPageSource().contains("承办人已更新"));

				setValue(officer, By.id("correctBy"),
						LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(15).toString());
				officer.click(By.cssSelector("form:has(input[value=CORRECTION_REQUESTED]) button"));
				officer.until("the correction notice", driver -> driver.getPageSource().contains("补正通知已登记"));
				assertThat(officer.text()).contains("待补正", "答复期限停止计算");
				officer.screenshot("request-3-correction-requested");
				assertThat(status(citizen, base, code)).contains("待申请人补正", "发出补正通知");

				officer.click(By.cssSelector("form:has(input[value=CORRECTED]) button"));
				officer.until("the correction received", driver -> driver.getPageSource().contains("答复期限重新起算"));
				assertThat(status(citizen, base, code)).contains("已收到，正在办理", "收到补正后的申请");

				new Select(officer.waitFor(By.id("outcome"))).selectByValue("PARTLY_DISCLOSED");
				officer.type(By.id("decisionText"), "老旧小区改造项目实施方案予以公开，见附件。\n" + reason);
				officer.type(By.id("legalBasis"), "《中华人民共和国政府信息公开条例》第十五条、第三十七条");
				officer.screenshot("request-4-decision");
				officer.click(By.cssSelector("form[action$='/decision'] button"));
				officer.until("the decision sent for review", driver -> driver.getPageSource().contains("等待审核人审核"));
				officer.signOut(base);
			}

			try (var reviewer = new Browser()) {
				reviewer.open(base + "/staff/towns/binhu/requests").signIn("binhu-reviewer", PASSWORD);
				reviewer.click(By.linkText(code));
				reviewer.click(By.cssSelector("form[action$='/decision/approve'] button"));
				reviewer.until("the decision approved", driver -> driver.getPageSource().contains("审核通过，可以打印"));
				assertThat(reviewer.text()).contains("部分公开", reason);
				assertThat(status(citizen, base, code)).contains("已作出答复", "作出答复决定");

				byte[] docx = reviewer.download(page + "/letter.docx").body();
				try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
						var text = new XWPFWordExtractor(document)) {
					assertThat(text.getText()).contains("政府信息部分公开告知书", "周秀英", reason, "昌吉市滨湖镇人民政府");
				}
				byte[] pdf = reviewer.download(page + "/letter.pdf").body();
				Path letters = Path.of(System.getProperty("basedir", "."), "target", "browser-screenshots");
				Files.createDirectories(letters);
				Files.write(letters.resolve("request-letter.pdf"), pdf);
				try (var document = Loader.loadPDF(pdf)) {
					String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
					assertThat(text).contains("政府信息部分公开告知书", "周秀英", reason, "昌吉市滨湖镇人民政府").doesNotContain("\uFFFD");
				}

				new Select(reviewer.waitFor(By.id("delivery-method"))).selectByValue("EMAIL");
				setValue(reviewer, By.id("delivery-on"), today);
				reviewer.click(By.cssSelector("form[action$='/delivery'] button"));
				reviewer.until("the delivery recorded", driver -> driver.getPageSource().contains("已登记送达"));
				reviewer.screenshot("request-5-delivered");
			}

			String last = status(citizen, base, code);
			assertThat(last).contains("答复已送达", "网上提交申请", "发出补正通知", "收到补正后的申请", "作出答复决定", "答复已送达")
				.doesNotContain("周秀英", ID_NUMBER);
			citizen.screenshot("request-6-status");
		}
	}

	/** The applicant's status page for the code, as its visible text. */
	private static String status(Browser citizen, String base, String code) {
		citizen.open(base + "/towns/binhu/requests/status");
		citizen.type(By.id("trackingCode"), code);
		citizen.type(By.id("phoneLast4"), PHONE.substring(PHONE.length() - 4));
		citizen.click(By.cssSelector("form.lookup button[type=submit]"));
		citizen.until("the request's status", driver -> driver.findElements(By.cssSelector("ol.timeline")).size() == 1);
		return citizen.text();
	}

	/**
	 * Date fields take keys in the browser's locale format; the value is set directly.
	 */
	private static void setValue(Browser browser, By field, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.waitFor(field), value);
	}

}
