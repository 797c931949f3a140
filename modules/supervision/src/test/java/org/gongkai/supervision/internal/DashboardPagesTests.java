package org.gongkai.supervision.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.supervision.internal.SupervisionFixtures.Staff;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard pages: the city's for the city office only, a town's for its own staff
 * (and the city office), the table in the order asked for, the period checked, the
 * exports carrying the figures, and the drill-down lists without personal data.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"spring.application.name=supervision-pages" })
@AutoConfigureMockMvc
@Import(SupervisionFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTests {

	static final String CITY = "/staff/city/dashboard";

	static final String YEAR_2023 = "?from=2023-01-01&to=2023-12-31";

	static final RequestPostProcessor SUPERVISOR = signedIn("city-office", "ROLE_city-supervisor");

	static final RequestPostProcessor BINHU_ADMIN = signedIn("binhu-admin", "ROLE_town-admin", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Relay relay;

	String trackingCode;

	@BeforeAll
	void towns() {
		TownProvisioning provisioning = this.context.getBean(TownProvisioning.class);
		provisioning.provision(SupervisionFixtures.BINHU);
		provisioning.provision(SupervisionFixtures.LIUGONG);
		Staff staff = new Staff(this.context);
		staff.importItems("binhu", "滨湖镇2023年春耕方案,2023-02-01,2023-02-06", "滨湖镇2023年防汛预案,2023-03-01,2023-04-20",
				"滨湖镇2023年秋收方案,2023-08-01,2023-08-03");
		staff.importItems("liugong", "六工镇2023年春耕方案,2023-02-01,2023-02-03", "六工镇2023年防汛预案,2023-03-01,2023-03-06",
				"六工镇2023年秋收方案,2023-08-01,2023-08-02", "六工镇2023年冬季供暖方案,2023-10-09,2023-10-10",
				"六工镇2023年征兵公告,2023-11-01,2023-11-02");
		this.trackingCode = staff.register("binhu", SupervisionFixtures.today());
		staff.decide("binhu", staff.register("binhu", SupervisionFixtures.today()));
		this.relay.run();
	}

	static RequestPostProcessor signedIn(String username, String... authorities) {
		return oidcLogin().idToken(token -> token.subject(username).claim("preferred_username", username))
			.userInfoToken(info -> info.claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	@Test
	void theSupervisorSeesEveryTownTheChartsAndEveryDefinition() throws Exception {
		String page = this.mvc.perform(get(CITY + YEAR_2023).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("全市政务公开监督", "滨湖镇", "六工镇", "统计期间：2023-01-01 至 2023-12-31")
			.contains("指标说明", "（主动公开信息数 − 逾期发布信息数）÷ 主动公开信息数", "结果纠正 ÷（结果维持＋结果纠正＋其他结果）", "不作排名")
			.contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "/js/supervision-dashboard.js",
					"id=\"chart-publications\"", "data-chart=")
			.contains("/staff/towns/binhu/dashboard?from=2023-01-01&amp;to=2023-12-31")
			.doesNotContain("onclick", "onload");
		// 3 + 5 items in 2023, one of them late: the city's row and the summary
		assertThat(page).contains("<dd data-indicator=\"items-published\">8</dd>",
				"<dd data-indicator=\"items-published-late\">1</dd>",
				"<dd data-indicator=\"on-time-publication-rate\">87.5%</dd>");
		for (String definition : List.of("主动公开信息数", "主动公开及时率", "按时答复率", "平均答复用时（工作日）", "复议诉讼纠错率", "年度报告状态")) {
			assertThat(page).contains(">" + definition + "</dt>");
		}
		this.mvc.perform(get(CITY + YEAR_2023 + "&lang=en").with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Definitions")))
			.andExpect(content().string(containsString("On-time publication rate")));
	}

	@Test
	void thisYearsRequestsShowTheirReplyFiguresAndBacklog() throws Exception {
		String page = this.mvc.perform(get("/staff/towns/binhu/dashboard").with(BINHU_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<dd data-indicator=\"requests-received\">2</dd>",
				"<dd data-indicator=\"requests-decided\">1</dd>",
				"<dd data-indicator=\"on-time-reply-rate\">100.0%</dd>",
				"<dd data-indicator=\"outcome-disclosed\">1</dd>", "<dd data-indicator=\"open-requests\">1</dd>",
				"<dd data-indicator=\"correction-rate\">—</dd>");
		this.mvc.perform(get("/staff/city/alerts").with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全市待处理提醒")));
		this.mvc.perform(get("/staff/city/alerts?kind=nonsense&page=-3").with(SUPERVISOR)).andExpect(status().isOk());
	}

	@Test
	void townStaffGetThe403PageForTheCity() throws Exception {
		this.mvc.perform(get(CITY).with(BINHU_ADMIN))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问")))
			.andExpect(content().string(not(containsString("六工镇2023"))));
		this.mvc.perform(get(CITY + "/export.csv").with(BINHU_ADMIN)).andExpect(status().isForbidden());
		this.mvc.perform(get(CITY + "/export.xlsx").with(BINHU_ADMIN)).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/city/alerts").with(BINHU_ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void townStaffSeeTheirOwnTownAndNoOther() throws Exception {
		this.mvc.perform(get("/staff/towns/binhu/dashboard" + YEAR_2023).with(BINHU_ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("滨湖镇政务公开指标")))
			.andExpect(content().string(containsString("<dd data-indicator=\"items-published\">3</dd>")))
			.andExpect(content().string(containsString("指标说明")))
			.andExpect(content().string(not(containsString("六工镇"))))
			.andExpect(content().string(not(containsString("/staff/city/dashboard"))));
		this.mvc.perform(get("/staff/towns/liugong/dashboard").with(BINHU_ADMIN)).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/towns/liugong/dashboard/requests").with(BINHU_ADMIN))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/towns/liugong/dashboard" + YEAR_2023).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd data-indicator=\"items-published\">5</dd>")))
			.andExpect(content()
				.string(containsString("href=\"/staff/city/dashboard?from=2023-01-01&amp;to=2023-12-31\"")));
	}

	@Test
	void theTableIsOrderedAsAskedAndByCodeByDefault() throws Exception {
		assertThat(towns(CITY + YEAR_2023)).containsSubsequence("binhu", "liugong");
		assertThat(towns(CITY + YEAR_2023 + "&sort=items-published&dir=desc")).containsSubsequence("liugong", "binhu");
		assertThat(towns(CITY + YEAR_2023 + "&sort=items-published")).containsSubsequence("binhu", "liugong");
		assertThat(towns(CITY + YEAR_2023 + "&sort=code&dir=desc")).containsSubsequence("liugong", "binhu");
		// nonsense sorts by code rather than failing
		assertThat(towns(CITY + YEAR_2023 + "&sort=rank&dir=sideways&page=x")).containsSubsequence("binhu", "liugong");
		String page = this.mvc.perform(get(CITY + YEAR_2023 + "&sort=items-published&dir=desc").with(SUPERVISOR))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// no rank column, no ordinal: the order is the reader's
		assertThat(page).contains("aria-sort=\"descending\"").doesNotContain(">排名<", ">名次<", "第1名");
	}

	@Test
	void aBadPeriodIsToldInChineseWithA400() throws Exception {
		this.mvc.perform(get(CITY + "?from=2023-02-30&to=2023-12-31").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“2023-02-30”不是有效日期")))
			.andExpect(content().string(containsString("指标说明")))
			.andExpect(content().string(not(containsString("data-chart="))));
		this.mvc.perform(get(CITY + "?from=2023-12-31&to=2023-01-01").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("早于开始日期")));
		this.mvc.perform(get(CITY + "?from=2000-01-01&to=2023-01-01").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("过长")));
		this.mvc.perform(get(CITY + "/export.xlsx?from=yesterday").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“yesterday”不是有效日期")));
		this.mvc.perform(get("/staff/towns/binhu/dashboard?to=2023-13-01").with(BINHU_ADMIN))
			.andExpect(status().isBadRequest());
		// empty dates: 1 January to today
		this.mvc.perform(get(CITY + "?from=&to=").with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"统计期间：" + SupervisionFixtures.today().withDayOfYear(1) + " 至 " + SupervisionFixtures.today())));
	}

	@Test
	void theExportsCarryTheFiguresOfThePeriod() throws Exception {
		byte[] xlsx = this.mvc.perform(get(CITY + "/export.xlsx" + YEAR_2023).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet towns = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(format.formatCellValue(towns.getRow(0).getCell(0))).contains("2023-01-01", "2023-12-31");
			List<String> header = cells(towns.getRow(2), format);
			int published = header.indexOf("主动公开信息数");
			int rate = header.indexOf("主动公开及时率");
			assertThat(published).isPositive();
			Row binhu = row(towns, "binhu");
			Row liugong = row(towns, "liugong");
			assertThat(binhu.getCell(1).getStringCellValue()).isEqualTo("滨湖镇");
			assertThat(binhu.getCell(published).getNumericCellValue()).isEqualTo(3);
			assertThat(format.formatCellValue(binhu.getCell(rate))).isEqualTo("66.7%");
			assertThat(liugong.getCell(published).getNumericCellValue()).isEqualTo(5);
			Row total = towns.getRow(towns.getLastRowNum());
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(published).getNumericCellValue()).isGreaterThanOrEqualTo(8);
			assertThat(cells(workbook.getSheetAt(1).getRow(1), format).get(1)).contains("统计期间");
		}

		byte[] csv = this.mvc.perform(get(CITY + "/export.csv" + YEAR_2023).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("\"统计开始日期\",\"统计结束日期\",\"代码\",\"乡镇（街道）\",\"主动公开信息数\",\"逾期发布信息数\",\"主动公开及时率\"")
			.contains("\"2023-01-01\",\"2023-12-31\",\"binhu\",\"滨湖镇\",\"3\",\"1\",\"66.7%\"")
			.contains("\"2023-01-01\",\"2023-12-31\",\"liugong\",\"六工镇\",\"5\",\"0\",\"100.0%\"");

		byte[] town = this.mvc.perform(get("/staff/towns/binhu/dashboard/export.csv" + YEAR_2023).with(BINHU_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(town, StandardCharsets.UTF_8)).contains("\"binhu\",\"滨湖镇\",\"3\"").doesNotContain("六工镇");
	}

	@Test
	void thePrintViewHasEveryTownAndNoForms() throws Exception {
		this.mvc.perform(get(CITY + "/print" + YEAR_2023).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("print-view")))
			.andExpect(content().string(containsString("六工镇")))
			.andExpect(content().string(containsString("/css/supervision.css")));
		this.mvc.perform(get("/css/supervision.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("@media print")));
		this.mvc.perform(get("/js/supervision-dashboard.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
	}

	@Test
	void theDrillDownListsMaskEveryone() throws Exception {
		this.mvc.perform(get("/staff/towns/binhu/dashboard/requests").with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.trackingCode)))
			.andExpect(content().string(containsString("新湖村2025年集体土地征收补偿方案")))
			.andExpect(content().string(not(containsString("马玉兰"))))
			.andExpect(content().string(not(containsString("马**"))))
			.andExpect(content().string(not(containsString("13912345678"))))
			.andExpect(content().string(not(containsString(SupervisionFixtures.idNumber()))))
			.andExpect(content().string(not(containsString("昌吉市新湖村"))));
		this.mvc.perform(get("/staff/towns/binhu/dashboard/items?page=nonsense").with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("滨湖镇2023年防汛预案")))
			.andExpect(content().string(containsString("逾期")));
	}

	private List<String> towns(String url) throws Exception {
		String page = this.mvc.perform(get(url).with(SUPERVISOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> towns = new ArrayList<>();
		var matcher = java.util.regex.Pattern.compile("data-town=\"([a-z]+)\"").matcher(page);
		while (matcher.find()) {
			towns.add(matcher.group(1));
		}
		return towns;
	}

	private static List<String> cells(Row row, DataFormatter format) {
		List<String> cells = new ArrayList<>();
		row.forEach(cell -> cells.add(format.formatCellValue(cell)));
		return cells;
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + code);
	}

}
