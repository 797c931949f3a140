package org.gongkai.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.reporting.internal.ReportingFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's staff pages read back as HTML: the report page in the official
 * order with every finding beside its cell, table 二 saved with blank kept apart from 0,
 * refused and stale saves keeping what was typed, the city office reading only; the
 * comparison of years; an earlier report typed into the XLSX template and imported.
 */
// a context (and database) of its own: ReportImportTests provisions another 滨湖镇 in the
// shared one
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000", "spring.application.name=reporting-pages" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests {

	static final String PAGES = "/staff/towns/binhu/annual-reports";

	static final String API = "/api/v1/towns/binhu/annual-reports/";

	static final RequestPostProcessor EDITOR = signedIn("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor ADMIN = signedIn("binhu-admin", "ROLE_town-admin", "TOWN_binhu");

	static final RequestPostProcessor CITY = signedIn("city-supervisor", "ROLE_city-supervisor");

	static final RequestPostProcessor NEIGHBOUR = signedIn("sangong-editor", "ROLE_town-editor", "TOWN_sangong");

	static final RequestPostProcessor API_EDITOR = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor API_ADMIN = staff("binhu-admin", "ROLE_town-admin", "TOWN_binhu");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	ReportingFixtures.SettableClock clock;

	@Autowired
	Tenants tenants;

	@Autowired
	AnnualReports reports;

	@BeforeAll
	void town() throws Exception {
		provisioning.provision(ReportingFixtures.BINHU);
		clock.set(LocalDate.of(2025, 6, 1));
		mvc.perform(post(API + "2016/import").with(API_EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(ReportImportTests.BINHU_2016)).andExpect(status().isCreated());
		figures(2023, 0, 30, 6, "15230.5").andExpect(status().isOk());
		figures(2024, 0, 42, 6, "15230.5").andExpect(status().isOk());
	}

	@BeforeEach
	void midYear() {
		clock.set(LocalDate.of(2025, 6, 1));
	}

	@AfterAll
	void backToToday() {
		clock.reset();
	}

	@Test
	void theReportPageShowsTheSixHeadingsAndTheOfficialLabelsWithTheirMergedCells() throws Exception {
		Document page = page(EDITOR, "/2024");

		assertThat(page.select("main h2").eachText()).containsSubsequence("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
		Element table3 = page.selectFirst("table.table3");
		assertThat(cell(table3, Table3Row.CHECK_NOTE).attr("rowspan")).isEqualTo("3");
		assertThat(cell(table3, Table3Row.CHECK_NOTE).attr("colspan")).isEqualTo("3");
		assertThat(cell(table3, "申请人情况").attr("colspan")).isEqualTo("7");
		assertThat(cell(table3, "法人或其他组织").attr("colspan")).isEqualTo("5");
		assertThat(cell(table3, "自然人").attr("rowspan")).isEqualTo("2");
		assertThat(cell(table3, "三、本年度办理结果").attr("rowspan")).isEqualTo("22");
		assertThat(cell(table3, "（三）不予公开").attr("rowspan")).isEqualTo("8");
		assertThat(cell(table3, "3.危及“三安全一稳定”")).isNotNull();
		assertThat(cell(table3, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")).isNotNull();
		assertThat(table3.select("td.figure")).hasSize(25 * 7);
		Element table4 = page.selectFirst("table.table4");
		assertThat(cell(table4, "行政诉讼").attr("colspan")).isEqualTo("10");
		assertThat(table4.select("th:containsOwn(复议后起诉)").attr("colspan")).isEqualTo("5");
		assertThat(table4.select("td.figure")).hasSize(15);
		assertThat(page.select("#table2 th").eachText()).contains("第二十条第（一）项", "本年收费金额（单位：万元）", "行政事业性收费");
		// last year's figure beside this year's; the fee shown in 万元 as the form prints
		// it
		assertThat(page.selectFirst("#t2-licensingDecisions input").val()).isEqualTo("42");
		assertThat(page.selectFirst("#t2-licensingDecisions .last-year").text()).isEqualTo("上年： 30");
		assertThat(page.selectFirst("#t2-administrativeFees .last-year").text()).contains("1.5231");
		assertThat(page.selectFirst("#overview textarea").text()).contains("全年新收政府信息公开申请0件");
		assertThat(page.select("a[href*=/2024/export]").eachAttr("href")).hasSize(3)
			.anyMatch(href -> href.endsWith("format=pdf"));
		assertThat(page.selectFirst("#other .fees").text()).isEqualTo("本年度收取信息处理费 0 件，合计 0.00 元（0 万元）。");
	}

	@Test
	void table2IsSavedWithBlankKeptApartFromZeroAndTheFindingBesideItsCell() throws Exception {
		mvc.perform(post(PAGES + "/2022/table2").with(EDITOR)
			.with(csrf())
			.param("version", "0")
			.param("regulationsIssued", "0")
			.param("regulationsRepealed", "0")
			.param("regulationsInForce", "0")
			.param("normativeDocumentsIssued", "2")
			.param("normativeDocumentsRepealed", "0")
			.param("normativeDocumentsInForce", "5")
			.param("licensingDecisions", "")
			.param("penaltyDecisions", "12")
			.param("enforcementDecisions", "0")
			.param("administrativeFees", "800"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(PAGES + "/2022#table2"));

		AnnualReport saved = tenants.callAs("binhu", () -> reports.report(2022));
		assertThat(saved.table2().licensingDecisions()).isNull();
		assertThat(saved.table2().enforcementDecisions()).isZero();
		Document page = page(EDITOR, "/2022");
		assertThat(page.selectFirst("#t2-licensingDecisions input").val()).isEmpty();
		assertThat(page.selectFirst("#t2-enforcementDecisions input").val()).isEqualTo("0");
		Element blank = page.selectFirst("#t2-licensingDecisions");
		assertThat(blank.hasClass("flag-error")).isTrue();
		assertThat(blank.select(".finding").text()).contains("表二“行政许可”行“本年处理决定数量”列未填写；2021年格式的报告须填写每一项数字，没有的填 0。");
		assertThat(page.selectFirst("#t2-enforcementDecisions").select(".finding")).isEmpty();
		assertThat(page.selectFirst("#findings .count-error").text()).isEqualTo("错误 1 项");
		assertThat(page.select("#findings li").text()).contains("R5");
	}

	@Test
	void badInputComesBackBesideItsFieldWithEveryEntryKeptAndNothingStored() throws Exception {
		Document notNumbers = Jsoup.parse(mvc
			.perform(post(PAGES + "/2021/table2").with(EDITOR)
				.with(csrf())
				.param("version", "0")
				.param("normativeDocumentsIssued", "三件")
				.param("licensingDecisions", "35")
				.param("administrativeFees", "12,5"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(notNumbers.selectFirst("#t2-normativeDocumentsIssued .error").text())
			.isEqualTo("“行政规范性文件 本年制发件数”须填写整数，“三件”不是整数；没有的填 0，未报告的留空。");
		assertThat(notNumbers.selectFirst("#t2-normativeDocumentsIssued").hasClass("invalid")).isTrue();
		assertThat(notNumbers.selectFirst("#t2-administrativeFees .error").text()).contains("“12,5”不是数字");
		assertThat(notNumbers.selectFirst("#t2-normativeDocumentsIssued input").val()).isEqualTo("三件");
		assertThat(notNumbers.selectFirst("#t2-licensingDecisions input").val()).isEqualTo("35");

		Document negative = Jsoup.parse(mvc
			.perform(post(PAGES + "/2021/table2").with(EDITOR)
				.with(csrf())
				.param("version", "0")
				.param("penaltyDecisions", "-3")
				.param("licensingDecisions", "35"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(negative.selectFirst("#t2-penaltyDecisions .error").text()).isEqualTo("“行政处罚 本年处理决定数量”不能为负数。");
		assertThat(negative.selectFirst("#t2-penaltyDecisions input").val()).isEqualTo("-3");
		assertThat(negative.selectFirst("#t2-licensingDecisions input").val()).isEqualTo("35");
		assertThat(tenants.callAs("binhu", () -> reports.report(2021)).version()).isZero();
	}

	@Test
	void aStaleSaveSaysSoAndKeepsWhatWasTyped() throws Exception {
		figures(2025, 0, 7, 1, "0").andExpect(status().isOk());

		Document page = Jsoup.parse(mvc
			.perform(post(PAGES + "/2025/table2").with(EDITOR)
				.with(csrf())
				.param("version", "0")
				.param("licensingDecisions", "9")
				.param("penaltyDecisions", "12"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.selectFirst("#table2-form .problem").text()).startsWith("2025 年度报告已被他人修改")
			.contains("您填写的内容已保留");
		assertThat(page.selectFirst("#t2-licensingDecisions input").val()).isEqualTo("9");
		assertThat(page.selectFirst("#t2-licensingDecisions .changed").text()).isEqualTo("他人已保存： 7");
		assertThat(page.selectFirst("#table2-form input[name=version]").val()).isEqualTo("1");
		assertThat(tenants.callAs("binhu", () -> reports.report(2025)).table2().licensingDecisions()).isEqualTo(7);
	}

	@Test
	void theTextsAreSavedFromTheDraftAndAStaleSaveKeepsThem() throws Exception {
		Document before = page(EDITOR, "/2023");
		assertThat(before.selectFirst("#problems textarea").text()).isNotBlank();
		long version = tenants.callAs("binhu", () -> reports.report(2023)).version();

		mvc.perform(post(PAGES + "/2023/sections").with(EDITOR)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("OVERVIEW", "2023年，滨湖镇认真贯彻《条例》。")
			.param("PROBLEMS", "")
			.param("OTHER", "本年度未收取信息处理费。")).andExpect(status().is3xxRedirection());
		AnnualReport saved = tenants.callAs("binhu", () -> reports.report(2023));
		assertThat(saved.texts()).containsEntry(org.gongkai.reporting.api.Section.OVERVIEW, "2023年，滨湖镇认真贯彻《条例》。")
			.doesNotContainKey(org.gongkai.reporting.api.Section.PROBLEMS);

		mvc.perform(post(PAGES + "/2023/sections").with(EDITOR)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("OVERVIEW", "改过的文字")
			.param("PROBLEMS", "")
			.param("OTHER", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")))
			.andExpect(content().string(containsString("改过的文字")));
	}

	@Test
	void theCityReadsOnlyAndAnotherTownsStaffIsRefused() throws Exception {
		Document page = page(CITY, "/2024");
		assertThat(page.select("input[name=licensingDecisions]")).isEmpty();
		assertThat(page.select("textarea")).isEmpty();
		assertThat(page.select("form#table2-form, form#texts-form")).isEmpty();
		assertThat(page.selectFirst("#t2-licensingDecisions .value").text()).isEqualTo("42");
		assertThat(page.selectFirst("#overview .narrative").text()).contains("全年新收政府信息公开申请0件");
		mvc.perform(post(PAGES + "/2024/table2").with(CITY).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden());

		mvc.perform(get(PAGES + "/2024").with(NEIGHBOUR)).andExpect(status().isForbidden());
		mvc.perform(get(PAGES).with(NEIGHBOUR)).andExpect(status().isForbidden());
		mvc.perform(post(PAGES + "/2024/table2").with(NEIGHBOUR).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get(PAGES + "/import").with(EDITOR)).andExpect(status().isForbidden());
	}

	@Test
	void theListShowsEveryYearWithItsStateAndTheImportedOnes() throws Exception {
		Document page = page(CITY, "");

		assertThat(page.select("tbody tr td:first-child a").eachText()).startsWith("2025年度", "2024年度", "2023年度")
			.endsWith("2016年度");
		Element imported = page.select("tbody tr").last();
		assertThat(imported.text()).contains("2008—2018年度格式（2007年条例）", "已公开", "导入的历史报告");
		assertThat(page.select("a[href$=/annual-reports/import]")).isEmpty();
		assertThat(page(ADMIN, "").select("a[href$=/annual-reports/import]")).hasSize(1);
	}

	@Test
	void anImportedReportShowsItsNotesBesideTheCellsAndTheOriginalsOwnFigures() throws Exception {
		Document page = page(EDITOR, "/2016");

		assertThat(page.select("main input, main textarea")).isEmpty();
		Element received = page.selectFirst("table.table3 tbody tr:has(th:containsOwn(一、本年新收政府信息公开申请数量))");
		assertThat(received.select("td.figure").last().hasClass("flag-note")).isTrue();
		assertThat(received.nextElementSibling().hasClass("notes")).isTrue();
		assertThat(received.nextElementSibling().text()).contains("原报告称全年未收到政府信息公开申请");
		assertThat(page.selectFirst("#overview .original").text()).contains(ReportImportTests.WEBSITE_BREAKDOWN);
		assertThat(page.selectFirst("#t2-licensingDecisions .blank").text()).isEqualTo("未报告");
		assertThat(page.selectFirst("#t2-regulationsIssued .value").text()).isEqualTo("0");
		assertThat(page.selectFirst("#findings .count-warning").text()).isEqualTo("警告 2 项");
	}

	@Test
	void theComparisonShowsTheYearsSideBySideWithBlankApartFromZero() throws Exception {
		Document page = page(CITY, "/compare?years=2016,2023,2024,1999");

		assertThat(page.select("table.compare thead th a").eachText()).containsExactly("2016年度", "2023年度", "2024年度");
		assertThat(page.selectFirst("table.compare thead").text()).contains("2008—2018年度格式（2007年条例）", "导入的历史报告");
		assertThat(page.selectFirst(".problem").text()).contains("1999");
		Element licensing = page.selectFirst("table.compare tr:has(th:containsOwn(行政许可 本年处理决定数量))");
		List<String> figures = licensing.select("td").eachText();
		assertThat(figures).containsExactly("未报告", "30", "42 较上列 +12");
		Element received = page.selectFirst("table.compare tr:has(th:containsOwn(一、本年新收政府信息公开申请数量))");
		assertThat(received.select("td").eachText()).containsExactly("0", "0 较上列 0", "0 较上列 0");
		assertThat(page.select("table.compare th[scope=row]").eachText()).contains("（三）不予公开", "（六）其他处理", "四、结转下年度继续办理",
				"行政复议 总计", "行政诉讼 复议后起诉 总计");

		Document defaults = page(EDITOR, "/compare");
		assertThat(defaults.select("table.compare thead th a").eachText()).containsExactly("2021年度", "2022年度", "2023年度",
				"2024年度", "2025年度");
	}

	@Test
	void binhus2016ReportTypedIntoTheTemplateIsImportedWithTheWebsiteBreakdownFlagged() throws Exception {
		byte[] template = mvc.perform(get(PAGES + "/import/template").param("format", "PRE2019").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled = fill(template,
				Map.ofEntries(Map.entry("published.total", "310"), Map.entry("published.channels[0]", "政府网站|101"),
						Map.entry("published.channels[0].categories[0]", "工作动态|54"),
						Map.entry("published.channels[0].categories[1]", "公共服务|40"),
						Map.entry("published.channels[0].categories[2]", "其它信息|27"),
						Map.entry("published.channels[1]", "政务微信、报刊、广播、电视等其他形式|209"),
						Map.entry("published.extraChannels[0]", "公开栏|33"),
						Map.entry("published.extraChannels[1]", "公开资料|24"), Map.entry("requests.received", "0"),
						Map.entry("reconsideration.total", "0"), Map.entry("litigation.total", "0"),
						Map.entry("feesCollected", "0"), Map.entry("texts.OVERVIEW", "滨湖镇按照州、市统一工作部署，加强组织领导，健全工作机制。"),
						Map.entry("texts.FEES", "2016年，滨湖镇政府信息依申请公开没有收费。")));

		Document page = Jsoup.parse(mvc
			.perform(multipart(PAGES + "/import").file(new MockMultipartFile("file", "滨湖镇2016.xlsx", XLSX, filled))
				.param("year", "2016")
				.with(ADMIN)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#imported li").eachText())
			.anyMatch(text -> text.startsWith("I1") && text.contains(ReportImportTests.WEBSITE_BREAKDOWN));
		AnnualReport imported = tenants.callAs("binhu", () -> reports.report(2016));
		assertThat(imported.findings()).anyMatch(
				finding -> finding.rule() == Rule.I1 && finding.message().equals(ReportImportTests.WEBSITE_BREAKDOWN));
		// blank stays blank: the original states no 行政许可 and no split by applicant
		assertThat(imported.table2().licensingDecisions()).isNull();
		assertThat(imported.table2().administrativeFees()).isNull();
		assertThat(imported.table2().regulationsIssued()).isZero();
		assertThat(imported.texts().get(org.gongkai.reporting.api.Section.OTHER)).contains("没有收费");

		mvc.perform(multipart(API + "2016/import.xlsx").file(new MockMultipartFile("file", "b.xlsx", XLSX, filled))
			.with(API_ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("PRE2019"))
			.andExpect(jsonPath("$.table2.thisYear.licensingDecisions").value(nullValue()))
			.andExpect(jsonPath("$.findings[?(@.rule == 'I1')].message")
				.value(org.hamcrest.Matchers.hasItem(ReportImportTests.WEBSITE_BREAKDOWN)));
	}

	@Test
	void theTrialTemplateRoundTripsTable3WithBlankCellsKeptBlank() throws Exception {
		byte[] template = mvc.perform(get(PAGES + "/import/template").param("format", "TRIAL2019").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, String> values = new java.util.HashMap<>();
		values.put("trialTable2.licensingDecisions", "5");
		values.put("table3[0][6]", "3");
		values.put("table3[0][0]", "3");
		values.put("table3[2][6]", "2");
		values.put("table3[20][6]", "1");
		values.put("table3[21][6]", "3");
		values.put("table4[4]", "0");
		mvc.perform(multipart(API + "2020/import.xlsx")
			.file(new MockMultipartFile("file", "2020.xlsx", XLSX, fill(template, values)))
			.with(API_ADMIN)).andExpect(status().isCreated());

		AnnualReport imported = tenants.callAs("binhu", () -> reports.report(2020));
		assertThat(imported.table2().licensingDecisions()).isEqualTo(5);
		assertThat(imported.table2().penaltyDecisions()).isNull();
		assertThat(imported.table3().cell(Table3Row.RECEIVED, Table3Column.TOTAL)).isEqualTo(3);
		assertThat(imported.table3().cell(Table3Row.RECEIVED, Table3Column.NATURAL_PERSON)).isEqualTo(3);
		assertThat(imported.table3().cell(Table3Row.RECEIVED, Table3Column.COMMERCIAL_ENTERPRISE)).isNull();
		// the trial form's single （六）其他处理 row is 3.其他 in the 2021 layout
		assertThat(imported.table3().cell(Table3Row.OTHER, Table3Column.TOTAL)).isEqualTo(1);
		assertThat(imported.table3().cell(Table3Row.OTHER_NO_CORRECTION, Table3Column.TOTAL)).isNull();
		assertThat(imported.table3().cell(Table3Row.RESULTS_TOTAL, Table3Column.TOTAL)).isEqualTo(3);
		assertThat(imported.table4().cells().get(4)).isZero();
		assertThat(imported.table4().cells().get(0)).isNull();
	}

	@Test
	void aFileThatIsNotXlsxOrAValueThatIsNoNumberIsRefusedNamingTheRow() throws Exception {
		mvc.perform(multipart(API + "2012/import.xlsx")
			.file(new MockMultipartFile("file", "report.xlsx", XLSX, "%PDF-1.4 not a workbook".getBytes()))
			.with(API_ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value(containsString("不是 Excel（.xlsx）文件")));
		byte[] template = mvc.perform(get(PAGES + "/import/template").param("format", "PRE2019").with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int receivedRow = rowOf(template, "requests.received");
		int totalRow = rowOf(template, "published.total");

		mvc.perform(multipart(API + "2012/import.xlsx")
			.file(new MockMultipartFile("file", "2012.xlsx", XLSX,
					fill(template, Map.of("requests.received", "五件", "published.total", "12"))))
			.with(API_ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['requests.received']")
				.value("第 " + receivedRow + " 行“收到申请数”：“五件”不是整数；没有的填 0，未报告的留空。"));
		mvc.perform(multipart(API + "2012/import.xlsx")
			.file(new MockMultipartFile("file", "2012.xlsx", XLSX, fill(template, Map.of("published.total", "-4"))))
			.with(API_ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['published.total']").value("第 " + totalRow + " 行：“主动公开信息总数”不能为负数。"));
		mvc.perform(get(API + "2012").with(API_ADMIN)).andExpect(status().isNotFound());

		Document page = Jsoup.parse(mvc
			.perform(multipart(PAGES + "/import")
				.file(new MockMultipartFile("file", "2012.xlsx", XLSX,
						fill(template, Map.of("requests.received", "五件"))))
				.param("year", "2012")
				.with(ADMIN)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".problem li").eachText())
			.containsExactly("第 " + receivedRow + " 行“收到申请数”：“五件”不是整数；没有的填 0，未报告的留空。");
		assertThat(page.selectFirst("input[name=year]").val()).isEqualTo("2012");
		mvc.perform(multipart(API + "2012/import.xlsx")
			.file(new MockMultipartFile("file", "2012.xlsx", XLSX, fill(template, Map.of())))
			.with(API_EDITOR)).andExpect(status().isForbidden());
	}

	/** The template with values typed in by code; {@code name|count} for named rows. */
	static byte[] fill(byte[] template, Map<String, String> values) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			int found = 0;
			for (Row row : sheet) {
				String key = (row.getCell(0) != null) ? row.getCell(0).getStringCellValue() : "";
				String value = values.get(key);
				if (value == null) {
					continue;
				}
				found++;
				String[] parts = value.split("\\|");
				if (parts.length == 2) {
					row.createCell(2).setCellValue(parts[0]);
					row.createCell(3).setCellValue(Double.parseDouble(parts[1]));
				}
				else if (value.matches("-?\\d+(\\.\\d+)?")) {
					row.createCell(3).setCellValue(Double.parseDouble(value));
				}
				else {
					row.createCell(3).setCellValue(value);
				}
			}
			assertThat(found).as("rows of the template found").isEqualTo(values.size());
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The 1-based row of a code in the template. */
	static int rowOf(byte[] template, String key) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getCell(0) != null && key.equals(row.getCell(0).getStringCellValue())) {
					return row.getRowNum() + 1;
				}
			}
		}
		throw new AssertionError("No row " + key);
	}

	private Document page(RequestPostProcessor who, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(PAGES + path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private org.springframework.test.web.servlet.ResultActions figures(int year, long version, int licensing,
			int inForce, String fees) throws Exception {
		return mvc
			.perform(put(API + year + "/table2").with(API_EDITOR).contentType(MediaType.APPLICATION_JSON).content("""
					{"version":%d,"regulationsIssued":0,"regulationsRepealed":0,"regulationsInForce":0,
					 "normativeDocumentsIssued":1,"normativeDocumentsRepealed":0,"normativeDocumentsInForce":%d,
					 "licensingDecisions":%d,"penaltyDecisions":12,"enforcementDecisions":0,"administrativeFees":%s}
					""".formatted(version, inForce, licensing, fees)));
	}

	private static Element cell(Element table, String text) {
		Element cell = table.selectFirst("th:containsOwn(" + text + ")");
		assertThat(cell).as(text).isNotNull();
		return cell;
	}

	static RequestPostProcessor signedIn(String username, String... authorities) {
		return oidcLogin().idToken(token -> token.subject(username).claim("preferred_username", username))
			.userInfoToken(info -> info.claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

}
