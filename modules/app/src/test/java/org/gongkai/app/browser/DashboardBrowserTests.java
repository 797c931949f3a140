package org.gongkai.app.browser;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city office's dashboard in a real browser: the demo city supervisor signs in and
 * finds the link on the page she lands on, sees the 15 demo towns with their figures and
 * the charts drawn, drills into 滨湖镇 and its requests (no applicant shown), and exports
 * the table, which is downloaded with her session and read back. Screenshots
 * {@code dashboard-*.png} in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

	static final String PASSWORD = "Demo@2026";

	@LocalServerPort
	int port;

	@Test
	void theCitySupervisorSeesEveryTownDrillsIntoBinhuAndExportsTheTable() throws Exception {
		String base = "http://localhost:" + this.port;
		try (var supervisor = new Browser()) {
			supervisor.open(base + "/staff").signIn("city-supervisor", PASSWORD);
			supervisor.click(By.cssSelector("main a[href='/staff/city/dashboard']"));
			supervisor.until("the city dashboard", driver -> driver.getPageSource().contains("全市政务公开监督"));
			// the demo catalogue goes back to 2025: the period is widened through the
			// filter
			((JavascriptExecutor) supervisor.driver()).executeScript("arguments[0].value = '2025-01-01'",
					supervisor.waitFor(By.id("from")));
			supervisor.click(By.cssSelector("form.filters button[type=submit]"));
			supervisor.until("the period from 2025", driver -> driver.getPageSource().contains("统计期间：2025-01-01"));
			supervisor.until("the city dashboard's table",
					driver -> driver.findElements(By.cssSelector("table.town-table tbody tr[data-town]")).size() == 15);
			supervisor.until("the charts drawn",
					driver -> driver.findElements(By.cssSelector("[data-chart-ready=true]")).size() == 3);
			String page = supervisor.text();
			assertThat(page).contains("全市政务公开监督", "滨湖镇", "六工镇", "绿洲路街道", "阿什里哈萨克民族乡", "指标说明", "主动公开及时率");
			long published = Long.parseLong(supervisor.waitFor(By.cssSelector("dd[data-indicator=items-published]"))
				.getText()
				.replace(",", ""));
			// ten demo items in each of the 15 towns, at least
			assertThat(published).isGreaterThanOrEqualTo(150);
			assertThat(supervisor.waitFor(By.cssSelector("dd[data-indicator=requests-received]")).getText())
				.isNotEqualTo("0");
			supervisor.screenshot("dashboard-1-city");
			((JavascriptExecutor) supervisor.driver()).executeScript("arguments[0].scrollIntoView()",
					supervisor.waitFor(By.id("towns")));
			supervisor.screenshot("dashboard-1-towns");

			String export = supervisor.waitFor(By.cssSelector("a.export-xlsx")).getAttribute("href");
			byte[] xlsx = download(supervisor, export);
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet towns = workbook.getSheetAt(0);
				DataFormatter format = new DataFormatter();
				List<String> codes = new ArrayList<>();
				for (int r = 3; r < towns.getLastRowNum(); r++) {
					codes.add(format.formatCellValue(towns.getRow(r).getCell(0)));
				}
				assertThat(codes).hasSize(15).contains("binhu", "liugong", "lvzhoulu");
				Row total = towns.getRow(towns.getLastRowNum());
				assertThat(format.formatCellValue(total.getCell(1))).isEqualTo("合计");
				assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(published);
			}

			supervisor.click(By.cssSelector("table.town-table a[href*='/staff/towns/binhu/dashboard']"));
			supervisor.until("滨湖镇's dashboard", driver -> driver.getPageSource().contains("滨湖镇政务公开指标"));
			supervisor.until("滨湖镇's charts drawn",
					driver -> driver.findElements(By.cssSelector("[data-chart-ready=true]")).size() == 3);
			supervisor.screenshot("dashboard-2-binhu");

			supervisor.click(By.cssSelector("a[href='/staff/towns/binhu/dashboard/requests']"));
			WebElement table = supervisor.waitFor(By.cssSelector("main table"));
			assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(8);
			assertThat(supervisor.text()).contains("集体土地征收补偿方案")
				.doesNotContain("王建国", "李秀兰", "马玉兰", "13912345678", "652301198503120031", "滨湖村三组12号");
			supervisor.screenshot("dashboard-3-binhu-requests");
		}
	}

	/** The table exported as the supervisor, checked to be a spreadsheet. */
	private static byte[] download(Browser browser, String url) throws Exception {
		HttpResponse<byte[]> response = browser.download(url);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
		return response.body();
	}

}
