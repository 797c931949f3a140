package org.gongkai.portal.web;

import java.nio.charset.StandardCharsets;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.portal.PortalFixtures;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A suspended town's portal says the service is paused and shows nothing else; an
 * archived town's stays readable with a notice. Both hold even for pages cached before
 * the change.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(PortalFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TownStatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	TownLifecycle lifecycle;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CategoryService categories;

	CatalogueItem liugongItem;

	CatalogueItem ningbianluItem;

	@BeforeAll
	void towns() {
		provisioning.provision(PortalFixtures.LIUGONG);
		provisioning.provision(PortalFixtures.NINGBIANLU);
		var fixtures = new PortalFixtures(tenants, catalogue, categories);
		liugongItem = fixtures.publish("liugong", "六工镇防汛抗旱工作安排", "12", "<p>明确防汛责任人。</p>");
		ningbianluItem = fixtures.publish("ningbianlu", "宁边路街道社区服务指南", "19", "<p>社区服务时间。</p>");
	}

	@Test
	void aSuspendedTownsPagesSayTheServiceIsPausedAndShowNothingElse() throws Exception {
		assertThat(page("/towns/liugong", 200)).contains("六工镇防汛抗旱工作安排");

		lifecycle.suspend("liugong", "整改");

		for (String path : new String[] { "/towns/liugong", "/towns/liugong/catalogue", "/towns/liugong/search?q=防汛",
				"/towns/liugong/items/" + liugongItem.id(), "/towns/liugong/feed.atom",
				"/towns/liugong/sitemap.xml" }) {
			assertThat(page(path, 503)).contains("本镇政务公开服务暂停", "六工镇人民政府").doesNotContain("六工镇防汛抗旱工作安排");
		}
		assertThat(page("/towns/liugong?lang=en", 503)).contains("This town&#39;s disclosure service is paused");
		assertThat(page("/", 200))
			.containsPattern("<tr class=\"paused\">\\s*<th scope=\"row\"><a href=\"/towns/liugong\">六工镇</a>")
			.contains("暂停服务");
		assertThat(page("/sitemap.xml", 200)).doesNotContain("/towns/liugong/");
	}

	@Test
	void anArchivedTownStaysReadableWithANotice() throws Exception {
		assertThat(page("/towns/ningbianlu", 200)).doesNotContain("已归档");

		lifecycle.archive("ningbianlu", "行政区划调整");

		assertThat(page("/towns/ningbianlu", 200)).contains("宁边路街道的政务公开网站已归档", "宁边路街道社区服务指南", "到宁边路街道办事处政府信息公开工作机构");
		assertThat(page("/towns/ningbianlu/items/" + ningbianluItem.id(), 200)).contains("宁边路街道社区服务指南", "已归档");
		assertThat(page("/towns/ningbianlu/feed.atom", 200)).contains("宁边路街道社区服务指南");
		assertThat(page("/", 200)).contains("已归档");
		assertThat(page("/sitemap.xml", 200)).contains("/towns/ningbianlu/sitemap.xml");
	}

	private String page(String path, int status) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
