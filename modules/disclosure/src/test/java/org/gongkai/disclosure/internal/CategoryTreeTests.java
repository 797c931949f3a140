package org.gongkai.disclosure.internal;

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
import static org.hamcrest.Matchers.contains;
import static org.gongkai.disclosure.internal.DisclosureFixtures.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue tree of two towns, through the API as their staff use it. */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(DisclosureFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryTreeTests {

	static final String BINHU = "/api/v1/towns/binhu/catalogue/categories";

	static final RequestPostProcessor BINHU_ADMIN = staff("binhu-admin", "ROLE_town-admin", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void twoTowns() {
		provisioning.provision(DisclosureFixtures.BINHU);
		provisioning.provision(DisclosureFixtures.LIUGONG);
	}

	@Test
	void everyTownStartsWithTheStandardTownshipTree() throws Exception {
		mvc.perform(get("/api/v1/towns/liugong/catalogue/categories")
			.with(staff("liugong-editor", "ROLE_town-editor", "TOWN_liugong")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(21))
			.andExpect(jsonPath("$[0].name").value("机构职能"))
			.andExpect(jsonPath("$[1].code").value("02"))
			.andExpect(jsonPath("$[1].children[*].name").value(contains("行政规范性文件", "其他文件", "政策解读")))
			.andExpect(jsonPath("$[20].children[*].name").value(contains("政府信息公开指南", "政府信息公开制度", "政府信息公开年报")));
	}

	@Test
	void theTownAdministratorAddsRenamesMovesAndRetiresCategoriesAndEachChangeIsAudited() throws Exception {
		String policy = id(mvc.perform(get(BINHU).with(BINHU_ADMIN)).andReturn().getResponse().getContentAsString(),
				"02");
		String added = mvc
			.perform(post(BINHU).with(BINHU_ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\":\"" + policy + "\",\"name\":\"会议纪要\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("0204"))
			.andExpect(jsonPath("$.position").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(added, "$.id");

		String renamed = mvc
			.perform(put(BINHU + "/" + id).with(BINHU_ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"镇党委会议纪要\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("0204"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int version = JsonPath.read(renamed, "$.version");
		mvc.perform(put(BINHU + "/" + id).with(BINHU_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"旧名\",\"version\":0}")).andExpect(status().isConflict());
		mvc.perform(post(BINHU + "/" + id + "/move").with(BINHU_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"position\":1,\"version\":" + version + "}")).andExpect(status().isOk());
		mvc.perform(get(BINHU).with(BINHU_ADMIN))
			.andExpect(jsonPath("$[1].children[*].name").value(contains("镇党委会议纪要", "行政规范性文件", "其他文件", "政策解读")));

		String moved = mvc.perform(get(BINHU).with(BINHU_ADMIN)).andReturn().getResponse().getContentAsString();
		int current = JsonPath.read(moved, "$[1].children[0].version");
		mvc.perform(post(BINHU + "/" + id + "/retire").with(BINHU_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + current + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(true));
		mvc.perform(put(BINHU + "/" + id).with(BINHU_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"再改\",\"version\":" + (current + 1) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("分类已停用"));

		var trail = tenants.callAs("binhu", () -> audit.recent(50));
		assertThat(trail).extracting(AuditRecord::action)
			.contains("category.added", "category.renamed", "category.moved", "category.retired");
		assertThat(trail).extracting(AuditRecord::actor).contains("binhu-admin");
	}

	@Test
	void badNamesAreRefusedWithAReason() throws Exception {
		mvc.perform(
				post(BINHU).with(BINHU_ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"统计信息\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"))
			.andExpect(jsonPath("$.detail").value("同一级已有名为“统计信息”的分类。"));
		mvc.perform(post(BINHU).with(BINHU_ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("分类名称有误"));
	}

	@Test
	void onlyTheTownsAdministratorChangesItsTree() throws Exception {
		mvc.perform(post(BINHU).with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"编辑新增\"}")).andExpect(status().isForbidden());
		mvc.perform(post(BINHU).with(staff("liugong-admin", "ROLE_town-admin", "TOWN_liugong"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"别镇新增\"}")).andExpect(status().isForbidden());
		mvc.perform(get(BINHU).with(staff("city-supervisor", "ROLE_city-supervisor"))).andExpect(status().isOk());
	}

	@Test
	void oneTownsChangesLeaveTheOtherTownsTreeAlone() throws Exception {
		mvc.perform(
				post(BINHU).with(BINHU_ADMIN).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"滨湖特色产业\"}"))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/towns/liugong/catalogue/categories")
			.with(staff("liugong-editor", "ROLE_town-editor", "TOWN_liugong")))
			.andExpect(jsonPath("$.length()").value(21));
	}

	private static String id(String tree, String code) {
		return JsonPath.<java.util.List<String>>read(tree, "$[?(@.code == '" + code + "')].id").get(0);
	}

}
