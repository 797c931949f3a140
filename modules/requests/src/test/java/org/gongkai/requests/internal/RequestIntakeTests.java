package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestIntake;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Online applications through the public API: stored once whatever the retries, refused
 * with a message per field when wrong, and followed with the tracking code.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestIntakeTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestIntake intake;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void aCitizenAppliesOnlineAndFollowsTheRequestWithItsTrackingCode() throws Exception {
		String answer = mvc
			.perform(post(REQUESTS).contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.content(application("\"王建国\"", "\"" + RequestFixtures.ID_NUMBER + "\"", "\"请公开2016年滨湖村农村低保资金发放明细\"")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode")
				.value(org.hamcrest.Matchers.matchesPattern("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(answer, "$.trackingCode");
		LocalDate received = LocalDate.parse(JsonPath.read(answer, "$.receivedOn"));
		assertThat(LocalDate.parse(JsonPath.<String>read(answer, "$.deadline")))
			.isEqualTo(calendar.deadline(received, 20).deadline());

		mvc.perform(get(REQUESTS + "/status").param("trackingCode", code.toLowerCase()).param("phoneLast4", "5678"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RECEIVED"))
			.andExpect(jsonPath("$.timeline[0].kind").value("submitted"))
			.andExpect(jsonPath("$.timeline[1].kind").value("received"))
			.andExpect(jsonPath("$.name").doesNotExist())
			.andExpect(jsonPath("$.phone").doesNotExist());
		mvc.perform(get(REQUESTS + "/status").param("trackingCode", code).param("phoneLast4", "0000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有找到与该查询码和手机号后四位相符的申请，请核对后重试。"));
	}

	@Test
	void theSameIdempotencyKeyAnswersTheSameRequest() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = count();
		String body = application("\"李梅\"", "\"" + RequestFixtures.ID_NUMBER + "\"", "\"请公开本镇2026年部门预算\"");

		String first = mvc
			.perform(
					post(REQUESTS).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = mvc
			.perform(
					post(REQUESTS).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(JsonPath.<String>read(second, "$.trackingCode")).isEqualTo(JsonPath.read(first, "$.trackingCode"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void everyBadInputGetsAMessageAndStoresNothing() throws Exception {
		long before = count();
		String badId = RequestFixtures.ID_NUMBER.substring(0, 17)
				+ ((RequestFixtures.ID_NUMBER.charAt(17) == '1') ? '2' : '1');

		mvc.perform(post(REQUESTS).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.contains("applicantType", "name", "phone",
					"description", "form", "delivery")));
		mvc.perform(post(REQUESTS).contentType(MediaType.APPLICATION_JSON)
			.content(application("\"王建国\"", "\"" + badId + "\"", "\"低保资金\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.idNumber").value("“身份证号码”不是有效的居民身份证号码，请核对出生日期和最后一位校验码。"));
		mvc.perform(post(REQUESTS).contentType(MediaType.APPLICATION_JSON)
			.content(application("\"王建国\"", "\"" + RequestFixtures.ID_NUMBER + "\"", "\"" + "低".repeat(10_000) + "\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.description").value("“所需信息的内容描述”不能超过 2000 个字（现有 10000 个字）。"));
		mvc.perform(post(REQUESTS).contentType(MediaType.APPLICATION_JSON)
			.content(application("\"王\\u0007建国\"", "\"" + RequestFixtures.ID_NUMBER + "\"", "\"低保资金\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("“姓名”含有无法显示的控制字符，请删除后重新填写。"));
		mvc.perform(post(REQUESTS).contentType(MediaType.APPLICATION_JSON).content("""
				{"applicantType":"LEGAL_SERVICE_ORGANIZATION","name":"张律师","organizationName":"新疆天山律师事务所",
				 "creditCode":"31650000MD0123456X","phone":"0994-2345678","description":"行政处罚决定书",
				 "form":"PAPER","delivery":"POST"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.contains("creditCode", "address")));

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void concurrentSubmissionsWithRetriesStoreExactlyOneRequestEach() throws Exception {
		long before = count();
		int submissions = 100;
		ExecutorService pool = Executors.newFixedThreadPool(16);
		Set<String> codes = ConcurrentHashMap.newKeySet();
		List<Future<?>> attempts = new ArrayList<>();
		for (int i = 0; i < submissions; i++) {
			String key = UUID.randomUUID().toString();
			NewRequest request = new NewRequest(ApplicantType.NATURAL_PERSON, "申请人" + i, RequestFixtures.ID_NUMBER,
					null, null, "13912345678", null, null, "第" + i + "号申请：请公开村务公开栏内容", InformationForm.ELECTRONIC,
					Delivery.ONLINE);
			// the applicant's browser sends it three times: a double click and a retry
			for (int attempt = 0; attempt < 3; attempt++) {
				attempts.add(pool.submit(() -> codes
					.add(key + "=" + tenants.callAs("binhu", () -> intake.submit(request, key)).trackingCode())));
			}
		}
		for (Future<?> attempt : attempts) {
			attempt.get();
		}
		pool.shutdown();

		assertThat(count()).isEqualTo(before + submissions);
		assertThat(codes).hasSize(submissions);
	}

	private long count() {
		return tenants
			.callAs("binhu",
					() -> transactions.execute(status -> ((Number) entityManager
						.createNativeQuery("select count(*) from disclosure_request")
						.getSingleResult()).longValue()));
	}

	private static String application(String name, String idNumber, String description) {
		return """
				{"applicantType":"NATURAL_PERSON","name":%s,"idNumber":%s,"phone":"13912345678",
				 "email":"wangjg@example.cn","description":%s,"form":"ELECTRONIC","delivery":"EMAIL"}
				""".formatted(name, idNumber, description);
	}

}
