package org.gongkai.reporting.internal;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.reporting.api.ReportEvent;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.tenancy.api.AuditRecord;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.Tenants;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.reporting.internal.ReportingFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report through the city's review over the API: the town submits a report without
 * errors, the city returns it with a comment, the town revises and submits again, the
 * city approves, the town publishes; a correction is a new version that says what changed
 * and replaces the published one only when published in turn. Lateness is measured
 * against the city's due date, submitted tables are frozen, every step is audited and
 * announced.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"spring.application.name=report-workflow-tests" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class ReportWorkflowTests {

	static final String REPORT = "/api/v1/towns/liugong/annual-reports/2025";

	static final String CITY_REPORTS = "/api/v1/city/annual-reports/";

	static final RequestPostProcessor ADMIN = staff("liugong-admin", "ROLE_town-admin", "TOWN_liugong");

	static final RequestPostProcessor EDITOR = staff("liugong-editor", "ROLE_town-editor", "TOWN_liugong");

	static final RequestPostProcessor CITY = staff("city-supervisor", "ROLE_city-supervisor");

	static final String FIGURES = """
			{"version":%d,"regulationsIssued":0,"regulationsRepealed":0,"regulationsInForce":0,
			 "normativeDocumentsIssued":2,"normativeDocumentsRepealed":0,"normativeDocumentsInForce":%d,
			 "licensingDecisions":35,"penaltyDecisions":12,"enforcementDecisions":0,"administrativeFees":0}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	ReportingFixtures.SettableClock clock;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	TownRegistry registry;

	@BeforeAll
	void towns() {
		provisionOnce(registry, provisioning);
	}

	/** 六工镇 and 大西渠镇, in the context this class shares with ReportWorkflowPagesTests. */
	static void provisionOnce(TownRegistry registry, TownProvisioning provisioning) {
		for (var town : java.util.List.of(ReportingFixtures.LIUGONG, ReportingFixtures.DAXIQU)) {
			if (registry.find(town.code()).isEmpty()) {
				provisioning.provision(town);
			}
		}
	}

	@AfterEach
	void backToToday() {
		clock.reset();
	}

	@Test
	void theTownSubmitsTheCityReturnsAndApprovesAndTheReportIsPublishedThenCorrected(ApplicationEvents events)
			throws Exception {
		clock.set(LocalDate.of(2025, 6, 3));
		request(LocalDate.of(2025, 6, 3));
		clock.set(LocalDate.of(2026, 2, 10));

		// nothing sent yet, ten days after the default due date: missing for the city
		mvc.perform(get(REPORT + "/status").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.dueOn").value("2026-01-31"))
			.andExpect(jsonPath("$.daysLate").value(10));
		mvc.perform(get(CITY_REPORTS + "2025").with(CITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'liugong')].missing").value(true))
			.andExpect(jsonPath("$[?(@.code == 'daxiqu')].missing").value(true));

		// nothing stored to submit; then table 二 left blank blocks submission (R5)
		step("/submit", ADMIN, 0, null).andExpect(status().isConflict());
		mvc.perform(put(REPORT + "/sections").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"texts\":{\"OVERVIEW\":\"2025年，六工镇认真贯彻落实《条例》。\"}}")).andExpect(status().isOk());
		step("/submit", ADMIN, 1, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("改正后才能报送")));
		figures(1, 5);

		// editors fill in, the admin submits; the city cannot submit on the town's behalf
		step("/submit", EDITOR, 2, null).andExpect(status().isForbidden());
		step("/submit", CITY, 2, null).andExpect(status().isForbidden());
		step("/submit", ADMIN, 1, null).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("报告已被修改"));
		step("/submit", ADMIN, 2, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.daysLate").value(10));
		mvc.perform(get(CITY_REPORTS + "2025").with(CITY))
			.andExpect(jsonPath("$[?(@.code == 'liugong')].late").value(true))
			.andExpect(jsonPath("$[?(@.code == 'liugong')].status.state").value("SUBMITTED"));

		// submitted tables are frozen: a request registered later is not in them
		request(LocalDate.of(2025, 12, 30));
		int received = received("/api/v1/city/annual-reports/2025/towns/liugong", CITY);
		assertThat(received).isEqualTo(1);
		mvc.perform(put(REPORT + "/table2").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(FIGURES.formatted(3, 5))).andExpect(status().isConflict());

		// a return needs a comment; without one nothing changes
		cityStep("/return", 3, null, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("请填写“退回意见”")));
		mvc.perform(get(REPORT + "/status").with(EDITOR)).andExpect(jsonPath("$.state").value("SUBMITTED"));
		mvc.perform(post(CITY_REPORTS + "2025/towns/liugong/return").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":3,\"text\":\"x\"}")).andExpect(status().isForbidden());
		cityStep("/return", 3, "表二行政规范性文件现行有效件数与上年不衔接，请核实。", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RETURNED"))
			.andExpect(jsonPath("$.timesReturned").value(1))
			.andExpect(jsonPath("$.returnComment").value("表二行政规范性文件现行有效件数与上年不衔接，请核实。"));

		// returned: computed from the records again, editable, submitted again
		assertThat(received(REPORT, EDITOR)).isEqualTo(2);
		figures(4, 6);
		step("/submit", ADMIN, 5, null).andExpect(status().isOk());

		// approved without publishing, then published by the town
		cityStep("/approve", 6, null, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.publishedNumber").value(nullValue()));
		step("/publish", ADMIN, 7, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedNumber").value(1));
		step("/publish", ADMIN, 8, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("已公开")));

		// a correction is a new version that says what it changes
		step("/corrections", ADMIN, 8, " ").andExpect(status().isBadRequest());
		step("/corrections", ADMIN, 8, "更正表二行政许可处理决定数量（原35件，应为36件）。").andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.versionNumber").value(2))
			.andExpect(jsonPath("$.publishedNumber").value(1))
			.andExpect(jsonPath("$.changeNote").value("更正表二行政许可处理决定数量（原35件，应为36件）。"));
		tenants.runAs("liugong", () -> assertThat(published()).isEqualTo(1));
		figures(9, 6);
		step("/submit", ADMIN, 10, null).andExpect(status().isOk());
		cityStep("/approve", 11, null, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedNumber").value(2))
			.andExpect(jsonPath("$.steps[*].kind")
				.value(org.hamcrest.Matchers.contains("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED",
						"PUBLISHED", "CORRECTION_STARTED", "SUBMITTED", "APPROVED", "PUBLISHED")));
		tenants.runAs("liugong", () -> assertThat(published()).isEqualTo(2));

		List<String> announced = events.stream(ReportEvent.class)
			.map(event -> event.getClass().getSimpleName() + event.versionNumber())
			.toList();
		assertThat(announced).containsExactly("Submitted1", "Returned1", "Submitted1", "Approved1", "Published1",
				"Submitted2", "Approved2", "Published2");
		List<String> audited = tenants
			.callAs("liugong",
					() -> audit.recent(50).stream().map(AuditRecord::action).filter(a -> a.startsWith("annual-report")))
			.toList();
		assertThat(audited).contains("annual-report.submitted", "annual-report.returned", "annual-report.approved",
				"annual-report.published", "annual-report.correction-started");
	}

	@Test
	void theCitySetsTheDueDateAndLatenessFollowsIt() throws Exception {
		clock.set(LocalDate.of(2026, 2, 10));
		mvc.perform(put(CITY_REPORTS + "2025/due-date").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dueOn\":\"2026-02-20\"}")).andExpect(status().isForbidden());
		mvc.perform(put(CITY_REPORTS + "2025/due-date").with(CITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dueOn\":\"2027-02-20\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("2026")));
		mvc.perform(get("/api/v1/towns/daxiqu/annual-reports/2025/status")
			.with(staff("daxiqu-editor", "ROLE_town-editor", "TOWN_daxiqu")))
			.andExpect(jsonPath("$.daysLate").value(10));
		mvc.perform(put(CITY_REPORTS + "2025/due-date").with(CITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dueOn\":\"2026-02-20\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/towns/daxiqu/annual-reports/2025/status")
			.with(staff("daxiqu-editor", "ROLE_town-editor", "TOWN_daxiqu")))
			.andExpect(jsonPath("$.dueOn").value("2026-02-20"))
			.andExpect(jsonPath("$.daysLate").value(0));
		mvc.perform(get(CITY_REPORTS + "due-dates").with(CITY))
			.andExpect(jsonPath("$[?(@.year == 2025)].dueOn").value("2026-02-20"))
			.andExpect(jsonPath("$[?(@.year == 2025)].byDefault").value(false))
			.andExpect(jsonPath("$[?(@.year == 2024)].dueOn").value("2025-01-31"));
		mvc.perform(put(CITY_REPORTS + "2025/due-date").with(CITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dueOn\":\"2026-01-31\"}")).andExpect(status().isOk());
	}

	private int published() {
		return java.util.Objects.requireNonNull(workflow.published(2025)).versionNumber();
	}

	private void request(LocalDate receivedOn) {
		NewRequest request = new NewRequest(ApplicantType.COMMERCIAL_ENTERPRISE, "王立新", null, "昌吉市六工镇宏达农资有限公司",
				"116523017523017463", "13912345678", null, "昌吉市六工镇", "请公开六工镇2025年高标准农田建设项目验收情况", InformationForm.PAPER,
				Delivery.POST);
		tenants.runAs("liugong", () -> desk.register(request, IntakeChannel.IN_PERSON, receivedOn));
	}

	private void figures(long version, int inForce) throws Exception {
		mvc.perform(put(REPORT + "/table2").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(FIGURES.formatted(version, inForce))).andExpect(status().isOk());
	}

	/** Table 三's 新收申请 total (row 1, column 总计) as the reader sees it. */
	private int received(String url, RequestPostProcessor who) throws Exception {
		String body = mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.table3.rows[0].cells[6]");
	}

	private ResultActions step(String path, RequestPostProcessor who, long version, String text) throws Exception {
		return mvc.perform(post(REPORT + path).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d%s}".formatted(version, (text != null) ? ",\"text\":\"" + text + "\"" : "")));
	}

	private ResultActions cityStep(String path, long version, String text, Boolean publish) throws Exception {
		return mvc.perform(post(CITY_REPORTS + "2025/towns/liugong" + path).with(CITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d%s%s}".formatted(version, (text != null) ? ",\"text\":\"" + text + "\"" : "",
					(publish != null) ? ",\"publish\":" + publish : "")));
	}

}
