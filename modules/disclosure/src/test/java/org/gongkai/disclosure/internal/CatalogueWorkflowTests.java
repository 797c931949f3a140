package org.gongkai.disclosure.internal;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.gongkai.disclosure.internal.DisclosureFixtures.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An item from draft to publication and withdrawal, by the people whose turn it is. */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(DisclosureFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueWorkflowTests {

	static final String ITEMS = "/api/v1/towns/binhu/items";

	static final RequestPostProcessor EDITOR = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void town() {
		provisioning.provision(DisclosureFixtures.BINHU);
	}

	@Test
	void anItemIsDraftedReviewedPublishedWithItsIndexNumberAndWithdrawn() throws Exception {
		String category = JsonPath.<java.util.List<String>>read(
				mvc.perform(get("/api/v1/towns/binhu/catalogue/categories").with(EDITOR))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$[?(@.code == '07')].id")
			.get(0);
		String created = mvc.perform(post(ITEMS).with(EDITOR).contentType(MediaType.APPLICATION_JSON).content("""
				{"title":"滨湖镇2026年部门预算公开说明","publisher":"昌吉市滨湖镇人民政府",
				 "documentNumber":"滨政发〔2026〕3号","formedOn":"2026-09-18","categoryId":"%s",
				 "channels":["WEBSITE","NOTICEBOARD"],"validity":"IN_FORCE","keywords":"预算 公开",
				 "summary":"2026年部门预算及三公经费预算","body":"一、部门预算收支总体情况……"}
				""".formatted(category)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.publicationDue").value("2026-10-22"))
			.andExpect(jsonPath("$.indexNumber").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");

		mvc.perform(post(ITEMS + "/" + id + "/approve").with(REVIEWER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("状态不允许此操作"));
		step(id, "submit", EDITOR, 0).andExpect(jsonPath("$.state").value("SUBMITTED"));
		step(id, "approve", EDITOR, 1).andExpect(status().isForbidden());
		step(id, "approve", REVIEWER, 1).andExpect(jsonPath("$.state").value("REVIEWED"))
			.andExpect(jsonPath("$.reviewedBy").value("binhu-reviewer"));
		step(id, "publish", REVIEWER, 2).andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.indexNumber").value(matchesPattern("11652301752301009G/\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.publishedOn").value(LocalDate.now().toString()));
		mvc.perform(get(ITEMS).with(staff("city-supervisor", "ROLE_city-supervisor")))
			.andExpect(jsonPath("$.content[0].title").value("滨湖镇2026年部门预算公开说明"));

		mvc.perform(post(ITEMS + "/" + id + "/withdraw").with(REVIEWER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":3,\"reason\":\" \"}")).andExpect(status().isBadRequest());
		mvc.perform(post(ITEMS + "/" + id + "/withdraw").with(REVIEWER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":3,\"reason\":\"数据有误，更正后重新发布\"}"))
			.andExpect(jsonPath("$.state").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawnReason").value("数据有误，更正后重新发布"));

		assertThat(tenants.callAs("binhu", () -> audit.recent(50))).filteredOn(e -> e.subject().equals(id))
			.extracting(AuditRecord::action)
			.containsExactlyInAnyOrder("item.created", "item.submitted", "item.reviewed", "item.published",
					"item.withdrawn");
	}

	@Test
	void theCityOfficeReadsOnlyAndOtherTownsStaffAreRefused() throws Exception {
		var supervisor = staff("city-supervisor", "ROLE_city-supervisor");
		var liugongEditor = staff("liugong-editor", "ROLE_town-editor", "TOWN_liugong");
		String draft = """
				{"title":"镇党委召开工作会议","publisher":"昌吉市滨湖镇人民政府","formedOn":"2026-11-20",
				 "channels":["WEBSITE"],"validity":"IN_FORCE"}
				""";

		mvc.perform(get(ITEMS).with(supervisor)).andExpect(status().isOk());
		mvc.perform(post(ITEMS).with(supervisor).contentType(MediaType.APPLICATION_JSON).content(draft))
			.andExpect(status().isForbidden());
		mvc.perform(get(ITEMS).with(liugongEditor)).andExpect(status().isForbidden());
		mvc.perform(post(ITEMS).with(liugongEditor).contentType(MediaType.APPLICATION_JSON).content(draft))
			.andExpect(status().isForbidden());
		mvc.perform(get(ITEMS)).andExpect(status().isUnauthorized());
	}

	@Test
	void indexNumbersCountUpWithinTheYear() throws Exception {
		String first = publishedIndexNumber();
		String second = publishedIndexNumber();

		int a = Integer.parseInt(first.substring(first.length() - 5));
		assertThat(second).isEqualTo(first.substring(0, first.length() - 5) + String.format("%05d", a + 1));
	}

	@Test
	void aDraftWithMissingFieldsIsRefusedNamingThemAndSavesNothing() throws Exception {
		int before = JsonPath.read(mvc.perform(get(ITEMS).param("state", "DRAFT").with(EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.total");

		mvc.perform(post(ITEMS).with(EDITOR).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.contains("title", "publisher", "formedOn",
					"categoryId", "channels", "validity")))
			.andExpect(jsonPath("$.errors.title").value("请填写“信息名称”。"))
			.andExpect(jsonPath("$.detail").value("请填写“信息名称”。（共 6 处需要修改）"));

		mvc.perform(get(ITEMS).param("state", "DRAFT").with(EDITOR)).andExpect(jsonPath("$.total").value(before));
	}

	private String publishedIndexNumber() throws Exception {
		String category = JsonPath.<java.util.List<String>>read(
				mvc.perform(get("/api/v1/towns/binhu/catalogue/categories").with(EDITOR))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$[?(@.code == '19')].id")
			.get(0);
		String id = JsonPath
			.read(mvc.perform(post(ITEMS).with(EDITOR).contentType(MediaType.APPLICATION_JSON).content("""
					{"title":"镇党委召开工作会议","publisher":"昌吉市滨湖镇人民政府","formedOn":"2026-11-20",
					 "categoryId":"%s","channels":["WEBSITE"],"validity":"IN_FORCE"}
					""".formatted(category))).andReturn().getResponse().getContentAsString(), "$.id");
		step(id, "submit", EDITOR, 0);
		step(id, "approve", REVIEWER, 1);
		return JsonPath.read(step(id, "publish", REVIEWER, 2).andReturn().getResponse().getContentAsString(),
				"$.indexNumber");
	}

	private org.springframework.test.web.servlet.ResultActions step(String id, String action, RequestPostProcessor who,
			int version) throws Exception {
		return mvc.perform(post(ITEMS + "/" + id + "/" + action).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "}"));
	}

}
