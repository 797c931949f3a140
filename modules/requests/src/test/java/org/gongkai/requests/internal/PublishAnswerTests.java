package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.requests.api.AnswerPublication;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestReceipt;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
 * A released answer goes into the catalogue as an item submitted for 保密审查, once; a
 * withheld or undecided request has nothing to publish.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishAnswerTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = RequestFixtures.staff("binhu-officer", "ROLE_request-officer",
			"TOWN_binhu");

	static final RequestPostProcessor EDITOR = RequestFixtures.staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor SIGNED_IN_OFFICER = RequestFixtures.signedIn("binhu-officer",
			"ROLE_request-officer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestDecisions decisions;

	@Autowired
	AnswerPublication publication;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CategoryService categories;

	@Autowired
	AuditTrail audit;

	UUID category;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
		category = tenants.callAs("binhu", () -> categories.tree().get(0).id());
	}

	@Test
	void aDisclosedAnswerBecomesACatalogueItemWaitingForReviewOnce() throws Exception {
		String code = decided(Outcome.PARTLY_DISCLOSED, "补偿方案予以公开。\n补偿款发放明细涉及其他村民个人信息，不予公开。");
		String published = mvc
			.perform(post(REQUESTS + "/" + code + "/publication").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"\",\"categoryId\":\"" + category + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("新湖村2025年集体土地征收补偿方案"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID itemId = UUID.fromString(JsonPath.read(published, "$.itemId"));

		CatalogueItem item = tenants.callAs("binhu", () -> catalogue.get(itemId));
		assertThat(item.state()).isEqualTo(ItemState.SUBMITTED);
		assertThat(item.title()).isEqualTo("新湖村2025年集体土地征收补偿方案");
		assertThat(item.categoryId()).isEqualTo(category);
		assertThat(item.channels()).containsExactly(Channel.WEBSITE);
		assertThat(item.publisher()).isEqualTo("昌吉市滨湖镇人民政府");
		assertThat(item.body()).contains("补偿方案予以公开。").contains("补偿款发放明细涉及其他村民个人信息，不予公开。");
		assertThat(item.indexNumber()).isNull();
		assertThat(tenants.callAs("binhu", () -> catalogue.reviewQueue()).stream().map(CatalogueItem::id))
			.contains(itemId);

		mvc.perform(post(REQUESTS + "/" + code + "/publication").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"再次转入\",\"categoryId\":\"" + category + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能重复转入")));
		mvc.perform(get(REQUESTS + "/" + code + "/publication").with(EDITOR))
			.andExpect(jsonPath("$.itemId").value(itemId.toString()));
		assertThat(tenants.callAs("binhu", () -> audit.recent(20))).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("request.answer-published");
			assertThat(entry.subject()).isEqualTo(code);
		});
	}

	@Test
	void aWithheldOrOpenRequestOrOneWithoutCategoryIsRefusedWithNothingStored() throws Exception {
		String withheld = decided(Outcome.WITHHELD_THIRD_PARTY_RIGHTS, "涉及第三方商业秘密，不予公开。");
		mvc.perform(post(REQUESTS + "/" + withheld + "/publication").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"不予公开的答复\",\"categoryId\":\"" + category + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("未作出予以公开或部分公开的答复")));
		String open = tenants.callAs("binhu", () -> register().trackingCode());
		mvc.perform(post(REQUESTS + "/" + open + "/publication").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryId\":\"" + category + "\"}")).andExpect(status().isConflict());
		String disclosed = decided(Outcome.DISCLOSED, "予以公开。");
		mvc.perform(post(REQUESTS + "/" + disclosed + "/publication").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + "长".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields", contains("categoryId", "title")));
		mvc.perform(post(REQUESTS + "/" + disclosed + "/publication").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryId\":\"" + category + "\"}")).andExpect(status().isForbidden());
		for (String code : new String[] { withheld, open, disclosed }) {
			assertThat(tenants.callAs("binhu", () -> publication.find(code))).isEmpty();
		}
		long items = tenants.callAs("binhu",
				() -> catalogue.reviewQueue()
					.stream()
					.filter(item -> item.title().equals("不予公开的答复") || item.title().startsWith("长长"))
					.count());
		assertThat(items).isZero();
	}

	@Test
	void theSectionOffersTheFormAndThenLinksToTheItem() throws Exception {
		String code = decided(Outcome.DISCLOSED, "新湖村2025年集体土地征收补偿方案予以公开，见附件。");
		String page = "/staff/towns/binhu/requests/" + code;
		String categoryName = tenants.callAs("binhu", () -> categories.tree().get(0).name());
		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("转入主动公开目录并提交审核")))
			.andExpect(content().string(containsString(categoryName)));
		mvc.perform(post(page + "/publication").with(SIGNED_IN_OFFICER).with(csrf()).param("title", "补偿方案"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("actionErrors", hasKey("categoryId")));
		mvc.perform(post(page + "/publication").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("title", "新湖村2025年集体土地征收补偿方案（依申请公开转主动公开）")
			.param("categoryId", category.toString()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.page.publication.done"));
		UUID itemId = tenants.callAs("binhu", () -> publication.find(code).orElseThrow().itemId());
		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(content().string(containsString("/staff/towns/binhu/items/" + itemId)))
			.andExpect(content().string(not(containsString("转入主动公开目录并提交审核"))));

		String withheld = decided(Outcome.WITHHELD_STATE_SECRET, "属于国家秘密。");
		mvc.perform(get("/staff/towns/binhu/requests/" + withheld).with(SIGNED_IN_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("转为主动公开"))));
	}

	private String decided(Outcome outcome, String text) {
		return tenants.callAs("binhu", () -> {
			String code = register().trackingCode();
			decisions.propose(code, outcome, text, "《中华人民共和国政府信息公开条例》第三十六条", "binhu-officer");
			decisions.approve(code, "binhu-reviewer");
			return code;
		});
	}

	private RequestReceipt register() {
		return desk.register(
				new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null, null,
						"13912345678", null, "昌吉市滨湖镇新湖村", "新湖村2025年集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
				IntakeChannel.IN_PERSON, LocalDate.now(ChinaTime.ZONE));
	}

}
