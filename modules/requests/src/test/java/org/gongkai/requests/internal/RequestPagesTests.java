package org.gongkai.requests.internal;

import java.time.LocalDate;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.tenancy.api.CreditCode;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages of requests: the inbox and the request page, with personal data whole
 * only for officers and reviewers.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestPagesTests {

	static final String PAGES = "/staff/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = RequestFixtures.signedIn("binhu-officer", "ROLE_request-officer",
			"TOWN_binhu");

	static final RequestPostProcessor REVIEWER = RequestFixtures.signedIn("binhu-reviewer", "ROLE_town-reviewer",
			"TOWN_binhu");

	static final RequestPostProcessor EDITOR = RequestFixtures.signedIn("binhu-editor", "ROLE_town-editor",
			"TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	String trackingCode;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
		trackingCode = tenants.callAs("binhu", () -> desk.register(
				new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null, null,
						"13912345678", null, "昌吉市滨湖镇新湖村", "新湖村2025年集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
				IntakeChannel.IN_PERSON, LocalDate.now(ChinaTime.ZONE)))
			.trackingCode();
	}

	@Test
	void theRequestPageShowsPersonalDataToOfficersOnly() throws Exception {
		mvc.perform(get(PAGES + "/" + trackingCode).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trackingCode)))
			.andExpect(content().string(containsString("马玉兰")));
		mvc.perform(get(PAGES + "/" + trackingCode).with(OFFICER))
			.andExpect(content().string(containsString("name=\"correctBy\"")));
		mvc.perform(get(PAGES + "/" + trackingCode).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("马玉兰"))))
			.andExpect(content().string(not(containsString("13912345678"))));
	}

	@Test
	void theInboxFiltersAndMasksForOtherStaff() throws Exception {
		mvc.perform(get(PAGES).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trackingCode)))
			.andExpect(content().string(containsString("登记申请")));
		mvc.perform(get(PAGES).param("state", "DELIVERED").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(trackingCode))));
		mvc.perform(get(PAGES).param("state", "nonsense").param("page", "x").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trackingCode)))
			.andExpect(content().string(not(containsString("马玉兰"))))
			.andExpect(content().string(not(containsString("登记申请（"))));
	}

	@Test
	void theExportMasksPersonalDataEvenForOfficers() throws Exception {
		String csv = mvc.perform(get(PAGES + "/export.csv").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF查询码,").contains(trackingCode, "新湖村2025年集体土地征收补偿方案", "当面提交");
		assertThat(csv).doesNotContain("马玉兰", "13912345678", RequestFixtures.ID_NUMBER);
	}

	@Test
	void aRefusedRegistrationKeepsEveryEntryAndStoresNothing() throws Exception {
		long before = count();
		mvc.perform(post(PAGES + "/new").with(OFFICER)
			.with(csrf())
			.param("channel", "IN_PERSON")
			.param("receivedOn", LocalDate.now(ChinaTime.ZONE).plusDays(1).toString())
			.param("applicantType", "NATURAL_PERSON")
			.param("name", "王建国")
			.param("idNumber", "652301198503120000")
			.param("phone", "13800001111")
			.param("description", "滨湖镇2026年农村道路建设项目招标文件")
			.param("form", "PAPER")
			.param("delivery", "PICKUP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能晚于今天")))
			.andExpect(content().string(containsString("不是有效的居民身份证号码")))
			.andExpect(content().string(containsString("滨湖镇2026年农村道路建设项目招标文件")))
			.andExpect(content().string(containsString("王建国")));
		assertThat(count()).isEqualTo(before);
		mvc.perform(post(PAGES + "/new").with(EDITOR).with(csrf()).param("channel", "IN_PERSON"))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void staffHandleARequestFromRegistrationToDeliveryOnThePages() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String receipt = mvc
			.perform(post(PAGES + "/new").with(OFFICER)
				.with(csrf())
				.param("channel", "LETTER_SIGNED_FOR")
				.param("receivedOn", today.toString())
				.param("applicantType", "COMMERCIAL_ENTERPRISE")
				.param("name", "李明")
				.param("organizationName", "昌吉市天山建材有限公司")
				.param("creditCode", "91652301MA7ABCDE1" + CreditCode.checkCharacter("91652301MA7ABCDE1"))
				.param("phone", "0994-2345678")
				.param("description", "滨湖镇2026年砂石料采购合同")
				.param("form", "ELECTRONIC")
				.param("delivery", "EMAIL")
				.param("email", "liming@example.cn"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = receipt.replaceAll(".*/requests/([^/]+)/receipt", "$1");
		mvc.perform(get(receipt).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政府信息公开申请回执")))
			.andExpect(content().string(containsString("昌吉市天山建材有限公司")));
		String page = PAGES + "/" + code;

		mvc.perform(post(page + "/clock").with(OFFICER)
			.with(csrf())
			.param("kind", "CORRECTION_REQUESTED")
			.param("on", today.toString())
			.param("correctBy", today.plusDays(20).toString())).andExpect(redirectedUrl(page));
		mvc.perform(get(page).with(OFFICER))
			.andExpect(content().string(containsString("待补正")))
			.andExpect(content().string(containsString("发出补正通知")));
		mvc.perform(post(page + "/clock").with(OFFICER)
			.with(csrf())
			.param("kind", "CORRECTED")
			.param("on", today.toString())).andExpect(redirectedUrl(page));
		mvc.perform(post(page + "/clock").with(OFFICER)
			.with(csrf())
			.param("kind", "EXTENDED")
			.param("on", today.toString())
			.param("workingDays", "10")
			.param("reason", "需调取档案")).andExpect(status().isForbidden());

		mvc.perform(post(page + "/decision").with(OFFICER)
			.with(csrf())
			.param("outcome", "PARTLY_DISCLOSED")
			.param("decisionText", "")
			.param("legalBasis", "")).andExpect(redirectedUrl(page)).andExpect(flash().attributeExists("actionErrors"));
		mvc.perform(post(page + "/decision").with(OFFICER)
			.with(csrf())
			.param("outcome", "PARTLY_DISCLOSED")
			.param("decisionText", "采购合同予以公开；合同中供应商银行账户信息属于商业秘密，不予公开。")
			.param("legalBasis", "《中华人民共和国政府信息公开条例》第十五条、第三十七条"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.page.flash.proposed"));
		mvc.perform(get(page).with(REVIEWER))
			.andExpect(content().string(containsString("等待审核人审核")))
			.andExpect(content().string(containsString("审核通过，作出答复")));
		mvc.perform(post(page + "/decision/approve").with(OFFICER).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(page + "/decision/approve").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("message", "requests.page.flash.approved"));
		mvc.perform(get(page + "/letter.pdf").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(post(page + "/delivery").with(OFFICER)
			.with(csrf())
			.param("method", "EMAIL")
			.param("on", today.toString())).andExpect(flash().attribute("message", "requests.page.flash.delivered"));
		mvc.perform(get(page).with(OFFICER))
			.andExpect(content().string(containsString("已送达")))
			.andExpect(content().string(containsString("部分公开")))
			.andExpect(content().string(containsString("收到补正后的申请")));
	}

	private long count() {
		return tenants.callAs("binhu", () -> desk.inbox(new RequestQuery(null, null, null, null, 0, 1)).total());
	}

}
