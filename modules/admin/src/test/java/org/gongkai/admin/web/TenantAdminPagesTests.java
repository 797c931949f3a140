package org.gongkai.admin.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The platform admin's pages for towns, signed in as a platform admin. */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(TenantAdminApiTests.Identity.class)
class TenantAdminPagesTests {

	static final RequestPostProcessor ADMIN = oidcLogin()
		.idToken(token -> token.claim("preferred_username", "platform-admin"))
		.authorities(new SimpleGrantedAuthority("ROLE_platform-admin"));

	@Autowired
	MockMvc mvc;

	@Test
	void opensATownFromTheFormAndShowsItsProgressAndFirstPasswordOnce() throws Exception {
		var created = mvc
			.perform(post("/admin/tenants").with(ADMIN)
				.with(csrf())
				.param("code", "pageshu")
				.param("name", "页湖镇")
				.param("divisionCode", "652301195000")
				.param("creditCode", credit("11652301990000061"))
				.param("adminEmail", ""))
			.andExpect(redirectedUrl("/admin/tenants/pageshu"))
			.andExpect(flash().attributeExists("firstAdmin"))
			.andReturn();

		// the next page, in the same session (Spring Session keeps it in Redis, found by
		// its cookie)
		mvc.perform(get("/admin/tenants/pageshu").with(ADMIN).cookie(created.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页湖镇")))
			.andExpect(content().string(containsString("pageshu-admin")))
			.andExpect(content().string(containsString("开通步骤")));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> mvc.perform(get("/admin/tenants/pageshu").with(ADMIN))
				.andExpect(content().string(containsString("正常服务")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("pageshu-admin 的临时密码")))));
		mvc.perform(get("/admin/tenants").with(ADMIN)).andExpect(content().string(containsString("页湖镇")));
	}

	@Test
	void showsEachBadFieldBesideItAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/tenants").with(ADMIN)
			.with(csrf())
			.param("code", "Bad Code")
			.param("name", "页湖")
			.param("divisionCode", "65230119")
			.param("creditCode", "113708280043326002"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乡镇代码须为 2–32 个小写字母")))
			.andExpect(content().string(containsString("统计用区划代码须为 12 位数字")))
			.andExpect(content().string(containsString("校验位须正确")))
			.andExpect(content().string(containsString("value=\"65230119\"")));
	}

	@Test
	void archivingAsksForTheCodeAgain() throws Exception {
		mvc.perform(post("/admin/tenants").with(ADMIN)
			.with(csrf())
			.param("code", "pagesgone")
			.param("name", "页去镇")
			.param("divisionCode", "652301196000")
			.param("creditCode", credit("11652301990000070")));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> mvc.perform(get("/admin/tenants/pagesgone").with(ADMIN))
				.andExpect(content().string(containsString("正常服务"))));

		mvc.perform(post("/admin/tenants/pagesgone/archive").with(ADMIN)
			.with(csrf())
			.param("reason", "撤并")
			.param("confirm", "wrong")).andExpect(flash().attribute("actionError", "admin.tenants.archive-confirm"));
		mvc.perform(post("/admin/tenants/pagesgone/archive").with(ADMIN)
			.with(csrf())
			.param("reason", "撤并")
			.param("confirm", "pagesgone")).andExpect(flash().attribute("message", "admin.tenants.archived"));
		mvc.perform(get("/admin/tenants/pagesgone").with(ADMIN)).andExpect(content().string(containsString("已归档")));
	}

	@Test
	void onlyPlatformAdminsSeeThesePages() throws Exception {
		mvc.perform(
				get("/admin/tenants").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_city-supervisor"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/tenants")).andExpect(status().is3xxRedirection());
	}

	private static String credit(String first17) {
		return first17 + org.gongkai.tenancy.api.CreditCode.checkCharacter(first17);
	}

}
