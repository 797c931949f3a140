package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.gongkai.calendar.api.ScheduleChanged;
import org.gongkai.calendar.api.WorkingDayCalendar;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.gongkai.requests.internal.RequestFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A stored request's deadline follows what staff record: a correction stops it and the
 * corrected application restarts it, an extension needs a reviewer and comes once, the
 * explanation says why, and a calendar change re-dates open requests with an audit entry.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestClockTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = staff("binhu-officer", "ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Tenants tenants;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void aCorrectionStopsTheClockTheCorrectedApplicationRestartsItAndOneExtensionIsAllowed() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String code = registered(today);

		clock(code, OFFICER, "CORRECTION_REQUESTED", today, ",\"correctBy\":\"" + today.plusDays(15) + "\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("STOPPED_FOR_CORRECTION"))
			.andExpect(jsonPath("$.dueOn").doesNotExist());
		clock(code, OFFICER, "CORRECTION_REQUESTED", today, ",\"correctBy\":\"" + today.plusDays(15) + "\"")
			.andExpect(status().isConflict());
		clock(code, OFFICER, "CONSULTATION_STARTED", today, ",\"party\":\"昌吉市天山建材有限公司\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.contains("kind")));
		clock(code, OFFICER, "CORRECTED", today, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value(calendar.deadline(today, 20).deadline().toString()));

		clock(code, OFFICER, "EXTENDED", today, ",\"workingDays\":10,\"reason\":\"涉及多个村的档案，需逐一查找\"")
			.andExpect(status().isForbidden());
		clock(code, REVIEWER, "EXTENDED", today, ",\"workingDays\":10,\"reason\":\"涉及多个村的档案，需逐一查找\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value(calendar.deadline(today, 30).deadline().toString()));
		clock(code, REVIEWER, "EXTENDED", today, ",\"workingDays\":5,\"reason\":\"再次延长\"")
			.andExpect(status().isConflict());

		mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andExpect(jsonPath("$.explanation[0]", startsWith("收到申请")))
			.andExpect(jsonPath("$.explanation", hasItem(org.hamcrest.Matchers.containsString("延长 10 个工作日"))));
		mvc.perform(get(REQUESTS + "/status").param("trackingCode", code).param("phoneLast4", "5678"))
			.andExpect(jsonPath("$.state").value("EXTENDED"))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("correction-requested")))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("extended")));
	}

	@Test
	void aCalendarChangeReDatesOpenRequestsAndSaysSoInTheAuditTrail() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String code = registered(today);
		// as if the request had been dated under an earlier holiday schedule
		tenants.runAs("binhu",
				() -> transactions.executeWithoutResult(status -> entityManager
					.createNativeQuery("update disclosure_request set due_on = due_on - 3 where tracking_code = :code")
					.setParameter("code", code)
					.executeUpdate()));

		events.publishEvent(new ScheduleChanged(today.getYear(), "city-admin"));

		String due = JsonPath.read(mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.dueOn");
		Object stored = tenants.callAs("binhu",
				() -> transactions.execute(status -> entityManager
					.createNativeQuery("select due_on::text from disclosure_request where tracking_code = :code")
					.setParameter("code", code)
					.getSingleResult()));
		assertThat(stored).isEqualTo(due);
		assertThat(tenants.callAs("binhu", () -> audit.recent(50))).filteredOn(e -> e.subject().equals(code))
			.extracting(AuditRecord::action)
			.contains("request.redated");
	}

	private String registered(LocalDate receivedOn) throws Exception {
		return JsonPath.read(mvc
			.perform(post(REQUESTS + "/registered").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("""
					{"channel":"IN_PERSON","receivedOn":"%s","request":{"applicantType":"NATURAL_PERSON","name":"马玉兰",
					 "idNumber":"%s","phone":"13912345678","address":"昌吉市滨湖镇新湖村",
					 "description":"请公开新湖村2025年集体土地征收补偿标准","form":"PAPER","delivery":"PICKUP"}}
					""".formatted(receivedOn, RequestFixtures.ID_NUMBER)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.trackingCode");
	}

	private ResultActions clock(String code, RequestPostProcessor who, String kind, LocalDate on, String more)
			throws Exception {
		return mvc.perform(post(REQUESTS + "/" + code + "/clock").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"%s\",\"on\":\"%s\"%s}".formatted(kind, on, more)));
	}

}
