package org.gongkai.identity.internal;

import java.util.Arrays;

import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff screens with a signed-in session (roles and towns as the login gives them). */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@BeforeAll
	void twoTowns() {
		provisioning.provision(new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000", "11652301752301009G"));
		provisioning.provision(new NewTown("liugong", "六工镇", TownKind.TOWNSHIP, "652301105000", "116523017523017463"));
	}

	@Test
	void staffPagesNeedASignIn() throws Exception {
		mvc.perform(get("/staff"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/oauth2/authorization/keycloak"));
	}

	@Test
	void aMemberOfOneTownGoesStraightToIt() throws Exception {
		mvc.perform(get("/staff").with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu")))
			.andExpect(redirectedUrl("/staff/towns/binhu"));
		mvc.perform(get("/staff/towns/binhu").with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>滨湖镇</h1>")))
			.andExpect(content().string(containsString("信息编辑")))
			.andExpect(content().string(containsString("href=\"/staff/towns/binhu/items\"")))
			.andExpect(content().string(containsString("href=\"/staff/towns/binhu/dashboard\"")))
			.andExpect(content().string(containsString("退出登录")));
	}

	@Test
	void aMemberOfTwoTownsChoosesOneAndCanSwitch() throws Exception {
		var twoTowns = staff("twotowns", "ROLE_town-editor", "TOWN_binhu", "TOWN_liugong");

		mvc.perform(get("/staff").with(twoTowns))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("选择乡镇（街道）")))
			.andExpect(content().string(containsString("/staff/towns/liugong")))
			.andExpect(content().string(not(containsString("/staff/city/dashboard"))));
		mvc.perform(get("/staff/towns/liugong").with(twoTowns))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>六工镇</h1>")))
			.andExpect(content().string(containsString("href=\"/staff/towns/binhu\"")));
	}

	@Test
	void anotherTownsPageIsRefused() throws Exception {
		mvc.perform(get("/staff/towns/liugong").with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCityOfficeChoosesAmongEveryTown() throws Exception {
		var supervisor = staff("city-supervisor", "ROLE_city-supervisor");
		mvc.perform(get("/staff").with(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("滨湖镇")))
			.andExpect(content().string(containsString("六工镇")))
			.andExpect(content().string(containsString("href=\"/staff/city/dashboard\"")));
		mvc.perform(get("/staff/towns/liugong").with(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市级监督（只读）")));
	}

	@Test
	void pagesSpeakEnglishOnRequest() throws Exception {
		mvc.perform(get("/staff/towns/binhu").param("lang", "en")
			.with(staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu")))
			.andExpect(content().string(containsString("Sign out")))
			.andExpect(content().string(not(containsString("退出登录"))));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		var editor = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");
		mvc.perform(post("/logout").with(editor)).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private static RequestPostProcessor staff(String username, String... authorities) {
		return oidcLogin().idToken(token -> token.claim("preferred_username", username))
			.userInfoToken(info -> info.claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

}
