package org.gongkai.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.reporting.internal.ReportingFixtures.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Earlier years' reports imported from their originals (domain reference §6, §9): mapped
 * to the 2021 structure with blank kept apart from 0, the original's arithmetic flagged
 * and never corrected, bad input refused with nothing stored.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportImportTests {

	static final String REPORTS = "/api/v1/towns/binhu/annual-reports/";

	static final RequestPostProcessor EDITOR = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	static final RequestPostProcessor CITY = staff("city-supervisor", "ROLE_city-supervisor");

	/** The 2016 滨湖镇 report as published (seed document; domain reference §9). */
	static final String BINHU_2016 = """
			{"format":"PRE2019",
			 "published":{"total":310,
			   "channels":[
			     {"name":"政府网站","count":101,"categories":[
			       {"name":"工作动态","count":54},{"name":"公共服务","count":40},{"name":"其它信息","count":27}]},
			     {"name":"政务微信、报刊、广播、电视等其他形式","count":209}],
			   "extraChannels":[{"name":"公开栏","count":33},{"name":"公开资料","count":24}]},
			 "requests":{"received":0},
			 "reconsideration":{"total":0},
			 "litigation":{"total":0},
			 "feesCollected":0,
			 "texts":{
			   "OVERVIEW":"滨湖镇按照州、市统一工作部署，加强组织领导，健全工作机制。",
			   "PROACTIVE":"2016年度滨湖镇共主动公开政府信息310条。",
			   "FEES":"2016年，滨湖镇政府信息依申请公开没有收费。",
			   "PROBLEMS":"一是对《条例》和市、县政府信息公开工作规定的学习、掌握不够扎实；"}}
			""";

	static final String WEBSITE_BREAKDOWN = "原报告通过“政府网站”公开 101 条，而其分类（“工作动态”54条、“公共服务”40条、“其它信息”27条）合计 121 条，相差 20 条；原数据照录，未作更正。";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	ReportingFixtures.SettableClock clock;

	@Autowired
	Tenants tenants;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	void town() {
		provisioning.provision(ReportingFixtures.BINHU);
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
	void binhus2016ReportIsImportedWithTheWebsiteBreakdownFlaggedAndNothingCorrected() throws Exception {
		importReport(EDITOR, 2016, BINHU_2016).andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("PRE2019"))
			.andExpect(jsonPath("$.findings[?(@.rule == 'I1')].message", contains(WEBSITE_BREAKDOWN,
					"原报告另列“公开栏”33条、“公开资料”24条，与各公开渠道合计 367 条，多于主动公开总数 310 条；是否与上述渠道重复统计，原报告未说明。")));

		for (RequestPostProcessor reader : new RequestPostProcessor[] { REVIEWER, CITY }) {
			mvc.perform(get(REPORTS + "2016").with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.format").value("PRE2019"))
				.andExpect(jsonPath("$.state").value("PUBLISHED"))
				.andExpect(jsonPath("$.findings[0].rule").value("I1"))
				.andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
				.andExpect(jsonPath("$.findings[0].message").value(WEBSITE_BREAKDOWN))
				.andExpect(jsonPath("$.findings[0].cells[*].rowLabel").value(contains("政府网站", "工作动态", "公共服务", "其它信息")))
				// no blocking error in tables 三 and 四 (§9.2)
				.andExpect(jsonPath("$.blocked").value(false))
				// table 二: 规章 0 (townships make none), every other figure not reported
				.andExpect(jsonPath("$.table2.thisYear.regulationsIssued").value(0))
				.andExpect(jsonPath("$.table2.thisYear.normativeDocumentsIssued").value(nullValue()))
				.andExpect(jsonPath("$.table2.thisYear.normativeDocumentsInForce").value(nullValue()))
				.andExpect(jsonPath("$.table2.thisYear.licensingDecisions").value(nullValue()))
				.andExpect(jsonPath("$.table2.thisYear.penaltyDecisions").value(nullValue()))
				.andExpect(jsonPath("$.table2.thisYear.enforcementDecisions").value(nullValue()))
				.andExpect(jsonPath("$.table2.thisYear.administrativeFees").value(nullValue()))
				// "no requests": all 25 × 7 = 0; no cases: all 15 = 0
				.andExpect(jsonPath("$.table3.rows[*].cells[*]", everyItem(org.hamcrest.Matchers.is(0))))
				.andExpect(jsonPath("$.table4.cells[*]", everyItem(org.hamcrest.Matchers.is(0))))
				.andExpect(jsonPath("$.sections[0].text")
					.value("滨湖镇按照州、市统一工作部署，加强组织领导，健全工作机制。\n\n2016年度滨湖镇共主动公开政府信息310条。"))
				.andExpect(jsonPath("$.sections[4].text").value("一是对《条例》和市、县政府信息公开工作规定的学习、掌握不够扎实；"))
				.andExpect(jsonPath("$.sections[5].text").value("2016年，滨湖镇政府信息依申请公开没有收费。"));
		}
		// the original is kept verbatim, all four figures as reported
		String original = tenants.callAs("binhu",
				() -> transactions.execute(status -> (String) entityManager.createNativeQuery("""
						select cast(v.original as text) from annual_report r
						join annual_report_version v on v.report_id = r.id and v.number = r.current_number
						where r.year = 2016 and v.format_version = 'PRE2019'""").getSingleResult()));
		assertThat(original).contains("\"count\": 101", "\"count\": 54", "\"count\": 40", "\"count\": 27",
				"\"total\": 310");
	}

	@Test
	void blankStaysBlankInTable2AndTheApplicantColumns() throws Exception {
		importReport(EDITOR, 2015, """
				{"format":"PRE2019",
				 "requests":{"received":7,"answered":6,
				   "outcomes":{"AGREED":3,"NOT_EXISTING":1,"NOT_THIS_AGENCY":1,"TOLD_TO_AMEND":1}},
				 "reconsideration":{"total":1,"upheld":1,"corrected":0,"other":0,"pending":0},
				 "litigation":{"total":1}}
				""").andExpect(status().isCreated());
		mvc.perform(get(REPORTS + "2015").with(EDITOR))
			.andExpect(jsonPath("$.table2.thisYear.licensingDecisions").value(nullValue()))
			.andExpect(jsonPath("$.table2.thisYear.administrativeFees").value(nullValue()))
			// 总计 column as reported, applicant columns blank, not 0
			.andExpect(jsonPath("$.table3.rows[0].cells").value(contains(null, null, null, null, null, null, 7)))
			.andExpect(jsonPath("$.table3.rows[1].cells[6]").value(nullValue()))
			.andExpect(jsonPath("$.table3.rows[2].cells[6]").value(3))
			.andExpect(jsonPath("$.table3.rows[12].cells[6]").value(2))
			.andExpect(jsonPath("$.table3.rows[20].cells[6]").value(1))
			.andExpect(jsonPath("$.table3.rows[23].cells[6]").value(6))
			.andExpect(jsonPath("$.table3.rows[24].cells[6]").value(nullValue()))
			.andExpect(jsonPath("$.table3.rows[*].cells[0]", everyItem(nullValue())))
			.andExpect(jsonPath("$.table4.cells")
				.value(contains(1, 0, 0, 0, 1, null, null, null, null, null, null, null, null, null, null)))
			.andExpect(jsonPath("$.findings[?(@.rule == 'I2')].message",
					hasItem(containsString("“告知作出更改补充”1件，近似计入（六）其他处理 1"))))
			.andExpect(
					jsonPath("$.findings[?(@.rule == 'I2')].message", hasItem("原报告未区分未经复议直接起诉与复议后起诉，表四行政诉讼各项记为“未报告”。")))
			// 7 received, 6 answered and nothing said of the seventh: flagged, not fixed
			.andExpect(jsonPath("$.findings[?(@.rule == 'I1')].message",
					contains("原报告收到申请 7 件、上年结转 0 件，合计 7 件；而答复 6 件、年底未答复 0 件，合计 6 件；原数据照录，未作更正。")))
			// R1–R4 only where every operand is reported; R5 does not ask old reports for
			// every
			// figure
			.andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]", empty()));
	}

	@Test
	void aTrialReportsSingleOtherRowLandsIn3OtherWithANote() throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int r = 0; r < 23; r++) {
			int[] row = switch (r) {
				case 0 -> new int[] { 4, 1, 0, 0, 0, 0, 5 };
				case 2 -> new int[] { 2, 1, 0, 0, 0, 0, 3 };
				case 20 -> new int[] { 2, 0, 0, 0, 0, 0, 2 };
				case 21 -> new int[] { 4, 1, 0, 0, 0, 0, 5 };
				default -> new int[7];
			};
			rows.append((r > 0) ? "," : "").append(java.util.Arrays.toString(row));
		}
		importReport(EDITOR, 2019, """
				{"format":"TRIAL2019","trialTable2":{"licensingDecisions":12},
				 "table3":[%s],"table4":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],
				 "texts":{"OVERVIEW":"2019年总体情况。"}}
				""".formatted(rows)).andExpect(status().isCreated());
		mvc.perform(get(REPORTS + "2019").with(EDITOR))
			.andExpect(jsonPath("$.format").value("TRIAL2019"))
			.andExpect(jsonPath("$.table3.rows[22].labels[2]").value("3.其他"))
			.andExpect(jsonPath("$.table3.rows[22].cells").value(contains(2, 0, 0, 0, 0, 0, 2)))
			.andExpect(jsonPath("$.table3.rows[20].cells", everyItem(nullValue())))
			.andExpect(jsonPath("$.table3.rows[21].cells", everyItem(nullValue())))
			.andExpect(jsonPath("$.table3.rows[23].cells").value(contains(4, 1, 0, 0, 0, 0, 5)))
			.andExpect(jsonPath("$.table2.thisYear.licensingDecisions").value(12))
			.andExpect(jsonPath("$.table2.thisYear.penaltyDecisions").value(nullValue()))
			.andExpect(jsonPath("$.findings[?(@.rule == 'I2')].message",
					hasItem("2019年试行格式的（六）其他处理为一行，不分项：整行计入“3.其他”，1、2两项记为“未报告”。")))
			.andExpect(jsonPath("$.findings[?(@.rule == 'I2')].cells[0].row", hasItem(23)))
			.andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')]", empty()))
			.andExpect(jsonPath("$.sections[0].text").value("2019年总体情况。"));
	}

	@Test
	void badInputIsRefusedFieldByFieldWithNothingStored() throws Exception {
		importReport(EDITOR, 2014, """
				{"format":"TRIAL2019",
				 "published":{"total":-3,"channels":[{"name":"政府网站","count":5},{"name":" ","count":-1}]},
				 "requests":{"received":1,"outcomes":{"AGREED":-1}}}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("format", "published.total", "published.channels[1].name",
					"published.channels[1].count", "requests.outcomes.AGREED", "table3", "table4")))
			.andExpect(jsonPath("$.errors.format").value("2014 年度不能按此格式导入：该格式用于 2019 至 2020 年度的报告（“报告格式”）。"))
			.andExpect(jsonPath("$.errors['published.channels[1].count']").value("“第2个公开渠道的条数”不能为负数。"))
			.andExpect(jsonPath("$.errors['requests.outcomes.AGREED']").value("“同意公开”不能为负数。"))
			.andExpect(jsonPath("$.errors.table3").value("“表三”应为 23 行、每行 7 个数字。"));
		importReport(EDITOR, 2014, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.format").value("请填写“报告格式”。"));
		importReport(REVIEWER, 2014, BINHU_2016).andExpect(status().isForbidden());
		importReport(CITY, 2014, BINHU_2016).andExpect(status().isForbidden());
		mvc.perform(get(REPORTS + "2014").with(EDITOR)).andExpect(status().isNotFound());
		long stored = tenants.callAs("binhu",
				() -> transactions.execute(status -> ((Number) entityManager
					.createNativeQuery("select count(*) from annual_report where year = 2014")
					.getSingleResult()).longValue()));
		assertThat(stored).isZero();
	}

	@Test
	void aYearWorkedOnInThePlatformIsNotReplacedButAnImportIsReimportedAsANewVersion() throws Exception {
		mvc.perform(put(REPORTS + "2023/sections").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"texts\":{\"OVERVIEW\":\"本年度总体情况。\"}}")).andExpect(status().isOk());
		String f2021 = """
				{"format":"F2021","table3":[%s],"table4":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
				""".formatted(String.join(",", java.util.Collections.nCopies(25, "[0,0,0,0,0,0,0]")));
		importReport(EDITOR, 2023, f2021).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("2023 年度已有在本平台按2021年格式编制的报告，不能用导入的报告替换。"));
		mvc.perform(get(REPORTS + "2023").with(EDITOR))
			.andExpect(jsonPath("$.format").value("F2021"))
			.andExpect(jsonPath("$.sections[0].text").value("本年度总体情况。"));

		importReport(EDITOR, 2022, f2021).andExpect(status().isCreated())
			.andExpect(jsonPath("$.versionNumber").value(1))
			.andExpect(jsonPath("$.findings[?(@.rule == 'R5')]", not(empty())));
		importReport(EDITOR, 2022, f2021).andExpect(status().isCreated())
			.andExpect(jsonPath("$.versionNumber").value(2));
	}

	private ResultActions importReport(RequestPostProcessor who, int year, String body) throws Exception {
		return mvc
			.perform(post(REPORTS + year + "/import").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
