package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewTally;
import org.gongkai.tenancy.api.AuditRecord;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.internal.RequestFixtures.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reconsideration and litigation cases: each kind, route and result lands in its own cell
 * of table 四, a case counts by the year it was decided and as 尚未审结 in every year it was
 * open on 31 December, bad input is refused with nothing stored, and cases stay off the
 * applicant's timeline. Only the first test files cases before 2022, so its tables are
 * exact; the others file later and compare tables before and after.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewCaseTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final String PAGES = "/staff/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = staff("binhu-officer", "ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor EDITOR = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor OFFICER_SIGNED_IN = RequestFixtures.signedIn("binhu-officer",
			"ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor EDITOR_SIGNED_IN = RequestFixtures.signedIn("binhu-editor", "ROLE_town-editor",
			"TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	ReviewCases reviewCases;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void everyKindRouteAndResultCountsInItsOwnCellOfTableFour() throws Exception {
		String code = request(LocalDate.of(2019, 11, 4));
		String reconsideration = open(code, "RECONSIDERATION", null, null, "昌政复〔2020〕1号", "2020-01-06");
		outcome(code, reconsideration, "UPHELD", "2020-02-20").andExpect(status().isOk());
		// distinct counts per cell, and each block in another order, so that a swapped
		// cell or block shows
		Map<String, int[]> counts = Map.of("RECONSIDERATION", new int[] { 1, 2, 3, 4 }, "DIRECT",
				new int[] { 2, 3, 4, 1 }, "AFTER_RECONSIDERATION", new int[] { 3, 4, 1, 2 });
		String[] results = { "UPHELD", "CORRECTED", "OTHER", "PENDING" };
		int serial = 2;
		for (var block : counts.entrySet()) {
			for (int result = 0; result < 4; result++) {
				// the reconsideration opened above is the first upheld one
				int already = (block.getKey().equals("RECONSIDERATION") && result == 0) ? 1 : 0;
				for (int i = already; i < block.getValue()[result]; i++) {
					String id = switch (block.getKey()) {
						case "RECONSIDERATION" ->
							open(code, "RECONSIDERATION", null, null, "昌政复〔2020〕" + serial + "号", "2020-03-02");
						case "DIRECT" ->
							open(code, "LITIGATION", "DIRECT", null, "（2020）新2301行初" + serial + "号", "2020-03-02");
						default -> open(code, "LITIGATION", "AFTER_RECONSIDERATION", reconsideration,
								"（2020）新2301行初" + serial + "号", "2020-03-02");
					};
					serial++;
					if (!results[result].equals("PENDING")) {
						outcome(code, id, results[result], "2020-12-31").andExpect(status().isOk());
					}
				}
			}
		}

		mvc.perform(get("/api/v1/towns/binhu/review-cases/tally").param("year", "2020").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2020))
			.andExpect(jsonPath("$.cells").value(contains(1, 2, 3, 4, 10, 2, 3, 4, 1, 10, 3, 4, 1, 2, 10)))
			.andExpect(jsonPath("$.table.reconsiderationPending").value(4))
			.andExpect(jsonPath("$.table.directUpheld").value(2))
			.andExpect(jsonPath("$.table.afterReconsiderationCorrected").value(4));
		// still open on 31 December 2021: counted again, and only they
		assertThat(tally(2021).cells()).containsExactly(0, 0, 0, 4, 4, 0, 0, 0, 1, 1, 0, 0, 0, 2, 2);
		assertThat(tally(2019).cells()).containsOnly(0);
	}

	@Test
	void aCaseFiledInOneYearAndDecidedInTheNextIsPendingInTheFirstAndCountedByResultInTheSecond() throws Exception {
		String code = request(LocalDate.of(2022, 11, 1));
		ReviewTally before2022 = tally(2022);
		ReviewTally before2023 = tally(2023);
		String lawsuit = open(code, "LITIGATION", "DIRECT", null, "（2022）新2301行初88号", "2022-12-20");

		outcome(code, lawsuit, "CORRECTED", "2023-01-10").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("CORRECTED"))
			.andExpect(jsonPath("$.closedOn").value("2023-01-10"));

		assertThat(difference(tally(2022), before2022)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0);
		assertThat(difference(tally(2023), before2023)).containsExactly(0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0);

		// a result recorded by mistake is taken back: open again, with no date
		outcome(code, lawsuit, "PENDING", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("PENDING"))
			.andExpect(jsonPath("$.closedOn").doesNotExist());
		assertThat(difference(tally(2023), before2023)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0);
		List<AuditRecord> entries = tenants.callAs("binhu", () -> audit.recent(20));
		assertThat(entries).filteredOn(entry -> entry.subject().equals(code))
			.extracting(AuditRecord::action)
			.contains("review-case.opened", "review-case.closed", "review-case.reopened");
	}

	@Test
	void badCasesAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
		String code = request(LocalDate.of(2024, 3, 1));
		String reconsideration = open(code, "RECONSIDERATION", null, null, "昌政复〔2024〕7号", "2024-04-01");
		String tomorrow = LocalDate.now(ChinaTime.ZONE).plusDays(1).toString();

		openCase(code, "{\"body\":\" \",\"caseNumber\":\"昌政复\\u0007〔2024〕8号\",\"filedOn\":\"" + tomorrow + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("kind", "body", "caseNumber", "filedOn")))
			.andExpect(jsonPath("$.errors.filedOn").value("“申请复议或立案日期”不能晚于今天。"))
			.andExpect(jsonPath("$.errors.caseNumber").value(containsString("控制字符")));
		openCase(code, body("RECONSIDERATION", "DIRECT", null, "昌政复〔2024〕9号", "2024-04-02"))
			.andExpect(jsonPath("$.fields").value(contains("route")));
		openCase(code, body("LITIGATION", null, null, "（2024）新2301行初9号", "2024-04-02"))
			.andExpect(jsonPath("$.fields").value(contains("route")));
		openCase(code, body("LITIGATION", "AFTER_RECONSIDERATION", null, "（2024）新2301行初9号", "2024-05-02"))
			.andExpect(jsonPath("$.fields").value(contains("reconsiderationCaseId")));
		openCase(code, body("LITIGATION", "AFTER_RECONSIDERATION", "00000000-0000-0000-0000-000000000001",
				"（2024）新2301行初9号", "2024-05-02"))
			.andExpect(jsonPath("$.fields").value(contains("reconsiderationCaseId")));
		openCase(code, body("LITIGATION", "AFTER_RECONSIDERATION", reconsideration, "（2024）新2301行初9号", "2024-03-20"))
			.andExpect(jsonPath("$.fields").value(contains("filedOn")))
			.andExpect(jsonPath("$.errors.filedOn").value(containsString("昌政复〔2024〕7号")));
		openCase(code, body("LITIGATION", "DIRECT", reconsideration, "（2024）新2301行初9号", "2024-05-02"))
			.andExpect(jsonPath("$.fields").value(contains("reconsiderationCaseId")));
		openCase(code, body("RECONSIDERATION", null, null, "昌政复〔2024〕9号", "2024-02-27"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("filedOn")));
		openCase(code, body("RECONSIDERATION", null, null, "昌政复〔2024〕7号", "2024-04-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.caseNumber").value(containsString("只能登记一次")));
		openCase(code,
				body("RECONSIDERATION", null, null, "昌政复〔2024〕9号", "2024-04-02").replace("\"summary\":\"\"",
						"\"summary\":\"" + "长".repeat(2001) + "\""))
			.andExpect(jsonPath("$.fields").value(contains("summary")));
		mvc.perform(post(REQUESTS + "/" + code + "/cases").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("RECONSIDERATION", null, null, "昌政复〔2024〕10号", "2024-04-02")))
			.andExpect(status().isForbidden());

		outcome(code, reconsideration, "UPHELD", "2024-03-31").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("closedOn")));
		outcome(code, reconsideration, "UPHELD", null).andExpect(jsonPath("$.fields").value(contains("closedOn")));
		outcome(code, reconsideration, "UPHELD", tomorrow).andExpect(jsonPath("$.fields").value(contains("closedOn")));
		outcome(code, reconsideration, "PENDING", "2024-05-01")
			.andExpect(jsonPath("$.fields").value(contains("closedOn")));
		mvc.perform(post(REQUESTS + "/" + code + "/cases/" + reconsideration + "/outcome").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"UPHELD\",\"closedOn\":\"2024-05-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("version")));
		mvc.perform(post(REQUESTS + "/" + code + "/cases/" + reconsideration + "/outcome").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"UPHELD\",\"closedOn\":\"2024-05-01\",\"version\":7}"))
			.andExpect(status().isConflict());
		mvc.perform(post(REQUESTS + "/" + code + "/cases/00000000-0000-0000-0000-000000000002/outcome").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"UPHELD\",\"closedOn\":\"2024-05-01\",\"version\":0}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/towns/binhu/review-cases/tally").param("year", "2007").with(OFFICER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("year")));

		mvc.perform(get(REQUESTS + "/" + code + "/cases").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].outcome").value("PENDING"))
			.andExpect(jsonPath("$[0].version").value(0));
	}

	@Test
	void casesStayOffTheApplicantsTimeline() throws Exception {
		String code = request(LocalDate.of(2024, 6, 1));
		int steps = timeline(code);

		String id = open(code, "RECONSIDERATION", null, null, "昌政复〔2024〕31号", "2024-07-01");
		outcome(code, id, "CORRECTED", "2024-08-01").andExpect(status().isOk());

		assertThat(timeline(code)).isEqualTo(steps);
	}

	@Test
	void theStaffSectionListsCasesAndItsFormsOpenAndCloseThem() throws Exception {
		String code = request(LocalDate.now(ChinaTime.ZONE));
		String today = LocalDate.now(ChinaTime.ZONE).toString();

		mvc.perform(post(PAGES + "/" + code + "/cases").with(OFFICER_SIGNED_IN)
			.with(csrf())
			.param("kind", "LITIGATION")
			.param("route", "DIRECT")
			.param("body", "昌吉市人民法院")
			.param("caseNumber", "（2026）新2301行初501号")
			.param("filedOn", today))
			.andExpect(redirectedUrl(PAGES + "/" + code))
			.andExpect(flash().attribute("message", "requests.review.flash.opened"));
		mvc.perform(post(PAGES + "/" + code + "/cases").with(OFFICER_SIGNED_IN)
			.with(csrf())
			.param("kind", "RECONSIDERATION")
			.param("route", "DIRECT")
			.param("body", "")
			.param("caseNumber", "昌政复〔2026〕501号")
			.param("filedOn", ""))
			.andExpect(redirectedUrl(PAGES + "/" + code))
			.andExpect(flash().attribute("actionErrors", hasEntry("body", "请填写“复议机关或法院”。")))
			.andExpect(flash().attribute("actionErrors", hasKey("filedOn")));
		var opened = tenants.callAs("binhu", () -> reviewCases.cases(code));
		assertThat(opened).singleElement().satisfies(c -> assertThat(c.route()).hasToString("DIRECT"));

		mvc.perform(get(PAGES + "/" + code).with(OFFICER_SIGNED_IN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政复议和行政诉讼")))
			.andExpect(content().string(containsString("（2026）新2301行初501号")))
			.andExpect(content().string(containsString("未经复议直接起诉")))
			.andExpect(content().string(containsString("id=\"case-open\"")));
		mvc.perform(post(PAGES + "/" + code + "/cases/" + opened.get(0).id() + "/outcome").with(OFFICER_SIGNED_IN)
			.with(csrf())
			.param("result", "OTHER")
			.param("closedOn", today)
			.param("summary", "原告撤诉，法院裁定准许。")
			.param("version", "0")).andExpect(flash().attribute("message", "requests.review.flash.outcome"));
		mvc.perform(get(PAGES + "/" + code).with(EDITOR_SIGNED_IN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("原告撤诉，法院裁定准许。")))
			.andExpect(content().string(containsString("其他结果")))
			.andExpect(content().string(not(containsString("id=\"case-open\""))));
		mvc.perform(post(PAGES + "/" + code + "/cases").with(EDITOR_SIGNED_IN)
			.with(csrf())
			.param("kind", "RECONSIDERATION")
			.param("body", "昌吉市人民政府")
			.param("caseNumber", "昌政复〔2026〕502号")
			.param("filedOn", today)).andExpect(status().isForbidden());
		assertThat(tenants.callAs("binhu", () -> reviewCases.cases(code))).singleElement()
			.satisfies(c -> assertThat(c.closedOn()).hasToString(today));
	}

	private String request(LocalDate receivedOn) {
		return tenants.callAs("binhu",
				() -> desk.register(new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null,
						null, "13912345678", null, "昌吉市滨湖镇新湖村", "新湖村集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
						IntakeChannel.LETTER_SIGNED_FOR, receivedOn))
			.trackingCode();
	}

	private String open(String code, String kind, String route, String reconsideration, String caseNumber,
			String filedOn) throws Exception {
		String answer = openCase(code, body(kind, route, reconsideration, caseNumber, filedOn))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("PENDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.id");
	}

	private ResultActions openCase(String code, String json) throws Exception {
		return mvc.perform(post(REQUESTS + "/" + code + "/cases").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String body(String kind, String route, String reconsideration, String caseNumber, String filedOn) {
		String body = kind.equals("RECONSIDERATION") ? "昌吉市人民政府" : "昌吉市人民法院";
		return "{\"kind\":\"%s\",\"route\":%s,\"reconsiderationCaseId\":%s,\"body\":\"%s\",\"caseNumber\":\"%s\",\"filedOn\":\"%s\",\"summary\":\"\"}"
			.formatted(kind, quoted(route), quoted(reconsideration), body, caseNumber, filedOn);
	}

	/** Records a result with the case's current version. */
	private ResultActions outcome(String code, String id, String result, String closedOn) throws Exception {
		String cases = mvc.perform(get(REQUESTS + "/" + code + "/cases").with(OFFICER))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> versions = JsonPath.read(cases, "$[?(@.id == '" + id + "')].version");
		return mvc.perform(post(REQUESTS + "/" + code + "/cases/" + id + "/outcome").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"%s\",\"closedOn\":%s,\"version\":%d}".formatted(result, quoted(closedOn),
					versions.get(0))));
	}

	private int timeline(String code) throws Exception {
		String status = mvc.perform(get(REQUESTS + "/status").param("trackingCode", code).param("phoneLast4", "5678"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> steps = JsonPath.read(status, "$.timeline");
		return steps.size();
	}

	private ReviewTally tally(int year) {
		return tenants.callAs("binhu", () -> reviewCases.tally(year));
	}

	private static List<Integer> difference(ReviewTally after, ReviewTally before) {
		List<Integer> a = after.cells();
		List<Integer> b = before.cells();
		return java.util.stream.IntStream.range(0, a.size()).mapToObj(i -> a.get(i) - b.get(i)).toList();
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

}
