package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.gongkai.requests.internal.RequestFixtures.staff;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff register applications that came in person or by letter, with the receipt date the
 * regulation gives them, and work through the inbox; personal data is whole only for
 * request officers and reviewers.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestDeskTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = staff("binhu-officer", "ROLE_request-officer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void anApplicationHandedInIsRegisteredWithItsReceiptDateAndMarkedWhenOverdue() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String code = JsonPath.read(mvc
			.perform(post(REQUESTS + "/registered").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(registration("IN_PERSON", today.minusDays(45).toString(), "赵秀英")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.trackingCode");

		mvc.perform(get(REQUESTS).param("officer", "").with(OFFICER))
			.andExpect(jsonPath("$.content[?(@.trackingCode == '%s')].overdue".formatted(code)).value(true))
			.andExpect(jsonPath("$.content[?(@.trackingCode == '%s')].applicantName".formatted(code)).value("赵秀英"));
		mvc.perform(get(REQUESTS).with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu")))
			.andExpect(jsonPath("$.content[?(@.trackingCode == '%s')].applicantName".formatted(code)).value("赵**"))
			.andExpect(jsonPath("$.content[?(@.trackingCode == '%s')].phone".formatted(code)).value("139****5678"));
		mvc.perform(get(REQUESTS).with(staff("city-supervisor", "ROLE_city-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].idNumber", startsWith("652301")));
		mvc.perform(get(REQUESTS).with(staff("liugong-officer", "ROLE_request-officer", "TOWN_liugong")))
			.andExpect(status().isForbidden());

		mvc.perform(post(REQUESTS + "/" + code + "/assign").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"officer\":\"binhu-officer\"}")).andExpect(jsonPath("$.officer").value("binhu-officer"));
	}

	@Test
	void aReceiptDateInTheFutureOrAnOnlineChannelIsRefusedAndNothingStored() throws Exception {
		long before = total();
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

		mvc.perform(post(REQUESTS + "/registered").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(registration("LETTER_SIGNED_FOR", tomorrow.toString(), "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.receivedOn").value("“收到申请日期”不能晚于今天。"))
			.andExpect(jsonPath("$.errors.name").value("请填写“姓名”。"));
		mvc.perform(post(REQUESTS + "/registered").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(registration("ONLINE", "2026-11-02", "赵秀英")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("channel"));
		mvc.perform(post(REQUESTS + "/registered").with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(registration("IN_PERSON", "2026-11-02", "赵秀英"))).andExpect(status().isForbidden());

		org.assertj.core.api.Assertions.assertThat(total()).isEqualTo(before);
	}

	private long total() throws Exception {
		return ((Number) JsonPath
			.read(mvc.perform(get(REQUESTS).with(OFFICER)).andReturn().getResponse().getContentAsString(), "$.total"))
			.longValue();
	}

	private static String registration(String channel, String receivedOn, String name) {
		return """
				{"channel":"%s","receivedOn":"%s","request":{"applicantType":"NATURAL_PERSON","name":"%s",
				 "idNumber":"%s","phone":"13912345678","address":"昌吉市滨湖镇滨湖村三组12号",
				 "description":"请公开滨湖村2025年土地流转合同","form":"PAPER","delivery":"POST"}}
				""".formatted(channel, receivedOn, name, RequestFixtures.ID_NUMBER);
	}

}
