package org.gongkai.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An annual report through the city's review in a real browser: 六工镇's admin fills in
 * table 二 of its 2025 report and submits it, the city office returns it with a comment,
 * the town reads the comment, fixes the figure and submits again, the city approves it,
 * and the report is on 六工镇's portal. Screenshots in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportBrowserTests {

	static final String PASSWORD = RequestBrowserTests.PASSWORD;

	static final String COMMENT = "表二行政处罚处理决定数量与执法台账不一致，请核实后重新报送。";

	@LocalServerPort
	int port;

	@Test
	void theTownSubmitsTheCityReturnsTheTownFixesTheCityApprovesAndThePortalShowsIt() {
		String base = "http://localhost:" + this.port;
		String report = base + "/staff/towns/liugong/annual-reports/2025";

		try (var town = new Browser()) {
			town.open(report).signIn("liugong-admin", PASSWORD);
			town.waitFor(By.id("table2"));
			String[][] figures = { { "regulationsIssued", "0" }, { "regulationsRepealed", "0" },
					{ "regulationsInForce", "0" }, { "normativeDocumentsIssued", "2" },
					{ "normativeDocumentsRepealed", "0" }, { "normativeDocumentsInForce", "9" },
					{ "licensingDecisions", "46" }, { "penaltyDecisions", "17" }, { "enforcementDecisions", "1" },
					{ "administrativeFees", "0" } };
			for (String[] figure : figures) {
				town.type(By.id(figure[0]), figure[1]);
			}
			town.click(By.cssSelector("#table2-form button[type=submit]"));
			town.until("table 二 to be saved", driver -> town.text().contains("表二已保存。"));
			town.click(By.cssSelector("form[action$='/submit'] input[name=confirmed]"));
			town.click(By.cssSelector("form[action$='/submit'] button[type=submit]"));
			town.until("the report to be submitted", driver -> town.text().contains("报告已报送市政务公开办。"));
			town.screenshot("report-1-submitted");

			try (var city = new Browser()) {
				city.open(base + "/staff/city/annual-reports?year=2025").signIn("city-supervisor", PASSWORD);
				city.until("the city's list", driver -> city.text().contains("六工镇"));
				assertThat(city.text()).contains("已报送待审核", "逾期");
				city.screenshot("report-2-city-list");
				city.open(report);
				city.type(By.id("comment"), COMMENT);
				city.click(By.cssSelector("form[action$='/return'] button[type=submit]"));
				city.until("the report to be returned", driver -> city.text().contains("报告已退回乡镇修改。"));

				town.open(report);
				assertThat(town.text()).contains("已退回修改", COMMENT);
				town.screenshot("report-3-returned");
				town.type(By.id("penaltyDecisions"), "23");
				town.click(By.cssSelector("#table2-form button[type=submit]"));
				town.until("the fix to be saved", driver -> town.text().contains("表二已保存。"));
				town.click(By.cssSelector("form[action$='/submit'] input[name=confirmed]"));
				town.click(By.cssSelector("form[action$='/submit'] button[type=submit]"));
				town.until("the report to be submitted again", driver -> town.text().contains("报告已报送市政务公开办。"));

				city.open(report);
				assertThat(city.driver()
					.findElement(By.cssSelector("form[action$='/approve'] input[name=publish]"))
					.isSelected()).isTrue();
				city.click(By.cssSelector("form[action$='/approve'] button[type=submit]"));
				city.until("the report to be approved and published",
						driver -> city.text().contains("报告已审核通过并在乡镇门户公开。"));
				city.screenshot("report-4-approved");
			}
		}

		try (var citizen = new Browser()) {
			citizen.open(base + "/towns/liugong");
			citizen.click(By.linkText("2025年政府信息公开工作年度报告"));
			citizen.until("the report's page", driver -> citizen.text().contains("昌吉市六工镇人民政府2025年政府信息公开工作年度报告"));
			assertThat(citizen.text()).contains("一、总体情况", "二、主动公开政府信息情况", "行政处罚", "23", "第1版");
			citizen.screenshot("report-5-portal");
		}
	}

}
