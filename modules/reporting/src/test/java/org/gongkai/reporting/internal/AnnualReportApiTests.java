package org.gongkai.reporting.internal;

import java.time.LocalDate;

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

import static org.gongkai.reporting.internal.ReportingFixtures.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report over the API: the town's staff and the city office read it with its
 * tables in the official order, the town's admin and editors enter table 二 and the texts,
 * bad input is refused field by field with nothing stored, a stale edit is refused.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportApiTests {

	static final String REPORTS = "/api/v1/towns/yushugou/annual-reports/";

	static final RequestPostProcessor EDITOR = staff("yushugou-editor", "ROLE_town-editor", "TOWN_yushugou");

	static final RequestPostProcessor ADMIN = staff("yushugou-admin", "ROLE_town-admin", "TOWN_yushugou");

	static final RequestPostProcessor REVIEWER = staff("yushugou-reviewer", "ROLE_town-reviewer", "TOWN_yushugou");

	static final RequestPostProcessor CITY = staff("city-supervisor", "ROLE_city-supervisor");

	static final RequestPostProcessor NEIGHBOUR = staff("sangong-editor", "ROLE_town-editor", "TOWN_sangong");

	static final String FIGURES = """
			{"version":%d,"regulationsIssued":0,"regulationsRepealed":0,"regulationsInForce":0,
			 "normativeDocumentsIssued":%d,"normativeDocumentsRepealed":1,"normativeDocumentsInForce":%d,
			 "licensingDecisions":35,"penaltyDecisions":12,"enforcementDecisions":0,"administrativeFees":15230.5}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	ReportingFixtures.SettableClock clock;

	@BeforeAll
	void town() {
		provisioning.provision(ReportingFixtures.YUSHUGOU);
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
	void theTownAndTheCityReadTheTablesInTheOfficialOrder() throws Exception {
		for (RequestPostProcessor reader : new RequestPostProcessor[] { REVIEWER, CITY }) {
			mvc.perform(get(REPORTS + "2022").with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("DRAFT"))
				.andExpect(jsonPath("$.format").value("F2021"))
				.andExpect(jsonPath("$.sections[*].heading").value(contains("一、总体情况", "二、主动公开政府信息情况",
						"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")))
				.andExpect(jsonPath("$.sections[0].draft").value(containsString("全年新收政府信息公开申请0件")))
				.andExpect(jsonPath("$.table3.columns")
					.value(contains("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")))
				.andExpect(jsonPath("$.table3.rows", hasSize(25)))
				.andExpect(jsonPath("$.table3.rows[*].cells", everyItem(hasSize(7))))
				.andExpect(jsonPath("$.table3.rows[4].labels").value(contains("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密")))
				.andExpect(jsonPath("$.table3.rows[24].labels").value(contains("四、结转下年度继续办理")))
				.andExpect(jsonPath("$.table4.cells", hasSize(15)))
				.andExpect(jsonPath("$.table4.columns[10].route").value("复议后起诉"))
				.andExpect(jsonPath("$.table2.thisYear.licensingDecisions").value(nullValue()))
				.andExpect(jsonPath("$.blocked").value(true))
				.andExpect(jsonPath("$.findings[*].message",
						hasItem("表二“行政许可”行“本年处理决定数量”列未填写；2021年格式的报告须填写每一项数字，没有的填 0。")));
		}
		mvc.perform(get(REPORTS + "2022").with(NEIGHBOUR)).andExpect(status().isForbidden());
		mvc.perform(get(REPORTS + "2020").with(EDITOR))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("从2021年度起")));
		mvc.perform(get(REPORTS + "2026").with(EDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void editorsEnterTable2BesideLastYearsAndStaleOrBadFiguresAreRefused() throws Exception {
		figures(REVIEWER, 2023, FIGURES.formatted(0, 2, 6)).andExpect(status().isForbidden());
		figures(CITY, 2023, FIGURES.formatted(0, 2, 6)).andExpect(status().isForbidden());
		figures(EDITOR, 2023, """
				{"version":0,"normativeDocumentsIssued":-1,"licensingDecisions":20000000,"administrativeFees":10.005}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields")
				.value(contains("normativeDocumentsIssued", "licensingDecisions", "administrativeFees")))
			.andExpect(jsonPath("$.errors.normativeDocumentsIssued").value("“行政规范性文件 本年制发件数”不能为负数。"))
			.andExpect(jsonPath("$.errors.administrativeFees").value("“行政事业性收费 本年收费金额（元）”以元为单位，最多保留两位小数。"));
		figures(EDITOR, 2023, "{\"licensingDecisions\":1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.version").value("请填写“版本号”。"));
		mvc.perform(get(REPORTS + "2023").with(EDITOR))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.versionNumber").value(0));

		figures(ADMIN, 2023, FIGURES.formatted(0, 2, 6)).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.versionNumber").value(1))
			.andExpect(jsonPath("$.table2.thisYear.administrativeFees").value(15230.5))
			.andExpect(jsonPath("$.table2.thisYear.administrativeFeesTenThousandYuan").value(1.52305))
			.andExpect(jsonPath("$.blocked").value(false));
		figures(EDITOR, 2023, FIGURES.formatted(0, 3, 6)).andExpect(status().isConflict());
		figures(EDITOR, 2024, FIGURES.formatted(0, 2, 8)).andExpect(status().isOk());

		mvc.perform(get(REPORTS + "2024").with(CITY))
			.andExpect(jsonPath("$.table2.thisYear.normativeDocumentsInForce").value(8))
			.andExpect(jsonPath("$.table2.lastYear.normativeDocumentsInForce").value(6))
			.andExpect(jsonPath("$.blocked").value(false))
			.andExpect(jsonPath("$.findings[0].rule").value("W2"))
			.andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
			.andExpect(jsonPath("$.findings[0].cells[0].rowLabel").value("行政规范性文件"))
			.andExpect(jsonPath("$.findings[0].message").value(containsString("而上年现行有效 6 件加本年制发 2 件减本年废止 1 件为 7")));
	}

	@Test
	void editorsWriteSections1To5And6Only() throws Exception {
		texts(EDITOR, 2025, "{\"version\":0,\"texts\":{\"OVERVIEW\":\"x\",\"REQUESTS\":\"表格\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("REQUESTS")))
			.andExpect(jsonPath("$.errors.REQUESTS").value(containsString("是统计表，不能填写文字")));
		texts(EDITOR, 2025, "{\"version\":0,\"texts\":{\"OVERVIEW\":\"a\\u0007b\"}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.OVERVIEW").value(containsString("控制字符")));

		texts(EDITOR, 2025,
				"{\"version\":0,\"texts\":{\"OVERVIEW\":\"  2025年，本镇认真贯彻《条例》。\\n 第二段。 \",\"PROBLEMS\":\" \"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].text").value("2025年，本镇认真贯彻《条例》。\n 第二段。"))
			.andExpect(jsonPath("$.sections[4].text").value(nullValue()))
			.andExpect(jsonPath("$.sections[4].draft").value(containsString("存在的主要问题")));
		texts(REVIEWER, 2025, "{\"version\":1,\"texts\":{}}").andExpect(status().isForbidden());
	}

	private ResultActions figures(RequestPostProcessor who, int year, String json) throws Exception {
		return mvc
			.perform(put(REPORTS + year + "/table2").with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions texts(RequestPostProcessor who, int year, String json) throws Exception {
		return mvc
			.perform(put(REPORTS + year + "/sections").with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
