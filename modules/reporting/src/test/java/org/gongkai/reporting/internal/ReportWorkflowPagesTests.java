package org.gongkai.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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

import static org.gongkai.reporting.internal.ReportPagesTests.signedIn;
import static org.gongkai.reporting.internal.ReportingFixtures.staff;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review on the staff pages: the town's admin submits after confirming the leader's
 * sign-off, the city office sees the town late on its list, returns the report with a
 * comment the town then reads, approves and publishes it; the city's due date and
 * roll-up; refusals come back as messages with nothing changed.
 */
// the context of ReportWorkflowTests: the same towns, provisioned by whichever class runs
// first
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"spring.application.name=report-workflow-tests" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWorkflowPagesTests {

	static final String PAGE = "/staff/towns/daxiqu/annual-reports/2024";

	static final String CITY_PAGES = "/staff/city/annual-reports";

	static final RequestPostProcessor ADMIN = signedIn("daxiqu-admin", "ROLE_town-admin", "TOWN_daxiqu");

	static final RequestPostProcessor EDITOR = signedIn("daxiqu-editor", "ROLE_town-editor", "TOWN_daxiqu");

	static final RequestPostProcessor CITY = signedIn("city-supervisor", "ROLE_city-supervisor");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	TownRegistry registry;

	@Autowired
	ReportingFixtures.SettableClock clock;

	@BeforeAll
	void towns() {
		ReportWorkflowTests.provisionOnce(registry, provisioning);
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void theTownSubmitsTheCityReturnsThenApprovesAndPublishes() throws Exception {
		clock.set(LocalDate.of(2025, 3, 1));
		page(ADMIN).andExpect(content().string(allOf(containsString("报送与审核"), containsString("已过截止日期 29 天，尚未报送"))));
		mvc.perform(put("/api/v1/towns/daxiqu/annual-reports/2024/table2")
			.with(staff("daxiqu-editor", "ROLE_town-editor", "TOWN_daxiqu"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version":0,"regulationsIssued":0,"regulationsRepealed":0,"regulationsInForce":0,
					 "normativeDocumentsIssued":1,"normativeDocumentsRepealed":0,"normativeDocumentsInForce":4,
					 "licensingDecisions":18,"penaltyDecisions":6,"enforcementDecisions":0,"administrativeFees":0}
					""")).andExpect(status().isOk());
		page(EDITOR).andExpect(content().string(not(containsString("报送市政务公开办</button>"))));
		page(ADMIN).andExpect(content().string(containsString("报送市政务公开办</button>")));

		// the leader's sign-off must be confirmed; editors cannot submit
		step(PAGE + "/submit", ADMIN, 1, null)
			.andExpect(flash().attribute("workflowProblem", containsString("负责人审核同意")));
		mvc.perform(post(PAGE + "/submit").with(EDITOR).with(csrf()).param("version", "1").param("confirmed", "true"))
			.andExpect(status().isForbidden());
		step(PAGE + "/submit", ADMIN, 1, "confirmed")
			.andExpect(flash().attribute("message", "reporting.workflow.flash.submitted"));

		// the city's list: late by 29 days; town staff do not reach it
		mvc.perform(get(CITY_PAGES).param("year", "2024").with(CITY))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("大西渠镇"), containsString("逾期 29 天报送"), containsString("已报送待审核"))));
		mvc.perform(get(CITY_PAGES).with(ADMIN)).andExpect(status().isForbidden());
		page(CITY).andExpect(content().string(allOf(containsString("审核通过</button>"), containsString("退回修改</button>"))));

		// a return needs a comment
		step(CITY_PAGES + "/2024/towns/daxiqu/return", CITY, 2, null)
			.andExpect(flash().attribute("workflowProblem", containsString("请填写“退回意见”")));
		step(CITY_PAGES + "/2024/towns/daxiqu/return", CITY, 2, "comment=表二行政处罚处理决定数量与执法台账不符，请核实。")
			.andExpect(flash().attribute("message", "reporting.workflow.flash.returned"));
		page(ADMIN)
			.andExpect(content().string(allOf(containsString("已退回修改"), containsString("表二行政处罚处理决定数量与执法台账不符，请核实。"))));

		// submitted again, approved and published at once
		step(PAGE + "/submit", ADMIN, 3, "confirmed")
			.andExpect(flash().attribute("message", "reporting.workflow.flash.submitted"));
		step(CITY_PAGES + "/2024/towns/daxiqu/approve", CITY, 4, "publish")
			.andExpect(flash().attribute("message", "reporting.workflow.flash.approved-published"));
		page(ADMIN).andExpect(content()
			.string(allOf(containsString("已公开"), containsString("查看门户上公开的第1版"), containsString("更正已公开的报告"))));

		// the city-wide sum and its files
		mvc.perform(get(CITY_PAGES + "/2024/roll-up").with(CITY))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("昌吉市各乡镇（街道）2024年政府信息公开工作年度报告汇总"), containsString("大西渠镇"))));
		byte[] xlsx = mvc.perform(get(CITY_PAGES + "/2024/roll-up/export").param("format", "xlsx").with(CITY))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			org.assertj.core.api.Assertions.assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void theCitySetsTheDueDateOnItsPage() throws Exception {
		mvc.perform(post(CITY_PAGES + "/2023/due-date").with(CITY).with(csrf()).param("dueOn", "abc"))
			.andExpect(flash().attribute("problem", containsString("应为日期")));
		mvc.perform(post(CITY_PAGES + "/2023/due-date").with(CITY).with(csrf()).param("dueOn", "2023-12-31"))
			.andExpect(flash().attribute("problem", containsString("2024")));
		mvc.perform(post(CITY_PAGES + "/2023/due-date").with(CITY).with(csrf()).param("dueOn", "2024-02-20"))
			.andExpect(flash().attribute("message", "reporting.city.flash.due-date-set"));
		mvc.perform(get(CITY_PAGES).param("year", "2023").with(CITY))
			.andExpect(content().string(containsString("value=\"2024-02-20\"")));
		mvc.perform(post(CITY_PAGES + "/2023/due-date").with(ADMIN).with(csrf()).param("dueOn", "2024-02-21"))
			.andExpect(status().isForbidden());
	}

	private ResultActions page(RequestPostProcessor who) throws Exception {
		return mvc.perform(get(PAGE).with(who)).andExpect(status().isOk());
	}

	/**
	 * A step's form: the version, and one more field as name=value (or a checkbox name).
	 */
	private ResultActions step(String path, RequestPostProcessor who, long version, String field) throws Exception {
		var request = post(path).with(who).with(csrf()).param("version", String.valueOf(version));
		if (field != null) {
			String[] parts = field.split("=", 2);
			request.param(parts[0], (parts.length > 1) ? parts[1] : "true");
		}
		return mvc.perform(request.characterEncoding(StandardCharsets.UTF_8)).andExpect(status().is3xxRedirection());
	}

}
