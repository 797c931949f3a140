package org.gongkai.admin.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownIdentity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin API over real tenancy (PostgreSQL) with an identity provider recorded here;
 * the Keycloak side is exercised by the app's end-to-end tests.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
class TenantAdminApiTests {

	static final RequestPostProcessor ADMIN = role("platform-admin", "ROLE_platform-admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	RecordingIdentity identity;

	@Test
	void provisionsATownInTheBackgroundAndShowsItsSteps() throws Exception {
		var created = mvc
			.perform(post("/api/v1/admin/tenants").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
					{"code":"xinhu","name":"新湖镇","divisionCode":"652301190000","creditCode":"%s"}
					""".formatted(credit("11652301990000011"))))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/v1/admin/tenants/xinhu"))
			.andExpect(jsonPath("$.kind").value("TOWNSHIP"))
			.andExpect(jsonPath("$.firstAdmin.username").value("xinhu-admin"))
			.andReturn();
		String password = JsonPath.read(created.getResponse().getContentAsString(), "$.firstAdmin.temporaryPassword");

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> mvc.perform(get("/api/v1/admin/tenants/xinhu").with(ADMIN))
				.andExpect(jsonPath("$.status").value("ACTIVE")));
		mvc.perform(get("/api/v1/admin/tenants/xinhu").with(ADMIN))
			.andExpect(jsonPath("$.steps[*].state")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("DONE"))))
			.andExpect(jsonPath("$.steps.length()").value(7))
			.andExpect(jsonPath("$.firstAdmin").doesNotExist());
		assertThat(identity.admins).containsEntry("xinhu", password);
		assertThat(password).hasSize(14).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*\\d.*");
	}

	@Test
	void refusesMalformedFieldsOneByOneAndCreatesNothing() throws Exception {
		mvc.perform(post("/api/v1/admin/tenants").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"Bad Code","name":"Bad","divisionCode":"123","creditCode":"113708280043326002"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("乡镇信息有误"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("code", "name", "divisionCode", "creditCode")));
		mvc.perform(get("/api/v1/admin/tenants/bad code").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void refusesATakenCode() throws Exception {
		provision("taken", "占用镇", "652301191000", credit("11652301990000029"));

		mvc.perform(post("/api/v1/admin/tenants").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"taken","name":"别的镇","divisionCode":"652301192000","creditCode":"%s"}
				""".formatted(credit("11652301990000037"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("乡镇代码 taken 已被“占用镇”使用。"));
	}

	@Test
	void onlyPlatformAdminsAdministerTowns() throws Exception {
		mvc.perform(get("/api/v1/admin/tenants")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/admin/tenants").with(role("city-supervisor", "ROLE_city-supervisor")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/tenants").with(role("binhu-admin", "ROLE_town-admin", "TOWN_binhu")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/tenants").with(ADMIN)).andExpect(status().isOk());
	}

	@Test
	void suspendingBlocksTheTownsStaffAtTheirNextRequestUntilResumed() throws Exception {
		provision("pausing", "暂停镇", "652301193000", credit("11652301990000045"));
		var staff = role("pausing-editor", "ROLE_town-editor", "TOWN_pausing");
		mvc.perform(get("/api/v1/towns/pausing/me").with(staff)).andExpect(status().isOk());

		mvc.perform(post("/api/v1/admin/tenants/pausing/suspend").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"数据核查\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"));

		mvc.perform(get("/api/v1/towns/pausing/me").with(staff))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("乡镇已暂停服务"));
		assertThat(identity.signIn).containsEntry("pausing", false);

		mvc.perform(post("/api/v1/admin/tenants/pausing/resume").with(ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/towns/pausing/me").with(staff)).andExpect(status().isOk());
	}

	@Test
	void archivingNeedsConfirmationAndLeavesTheTownReadOnly() throws Exception {
		provision("closing", "撤并镇", "652301194000", credit("11652301990000053"));

		mvc.perform(post("/api/v1/admin/tenants/closing/archive").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"撤并\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("confirm"));
		mvc.perform(post("/api/v1/admin/tenants/closing/archive").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"撤并\",\"confirm\":\"closing\"}")).andExpect(jsonPath("$.status").value("ARCHIVED"));

		var staff = role("closing-editor", "ROLE_town-editor", "TOWN_closing");
		mvc.perform(get("/api/v1/towns/closing/me").with(staff)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/towns/closing/me").with(staff))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("乡镇已归档"));
		mvc.perform(post("/api/v1/admin/tenants/closing/resume").with(ADMIN)).andExpect(status().isConflict());
	}

	private void provision(String code, String name, String division, String credit) throws Exception {
		mvc.perform(post("/api/v1/admin/tenants").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"%s","name":"%s","divisionCode":"%s","creditCode":"%s"}
				""".formatted(code, name, division, credit))).andExpect(status().isAccepted());
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> mvc.perform(get("/api/v1/admin/tenants/" + code).with(ADMIN))
				.andExpect(jsonPath("$.status").value("ACTIVE")));
	}

	private static String credit(String first17) {
		return first17 + org.gongkai.tenancy.api.CreditCode.checkCharacter(first17);
	}

	private static RequestPostProcessor role(String username, String... authorities) {
		return jwt().jwt(token -> token.subject(username).claim("preferred_username", username))
			.authorities(java.util.Arrays.stream(authorities)
				.map(SimpleGrantedAuthority::new)
				.toArray(GrantedAuthority[]::new));
	}

	static class RecordingIdentity implements TownIdentity {

		final Map<String, String> admins = new ConcurrentHashMap<>();

		final Map<String, Boolean> signIn = new ConcurrentHashMap<>();

		@Override
		public void ensureOrganization(Town town) {
		}

		@Override
		public void ensureFirstAdmin(Town town, String temporaryPassword, @Nullable String email) {
			admins.put(town.code(), temporaryPassword);
		}

		@Override
		public void setSignInEnabled(Town town, boolean enabled) {
			signIn.put(town.code(), enabled);
		}

	}

	@TestConfiguration
	public static class Identity {

		@Bean
		@Primary
		RecordingIdentity recordingIdentity() {
			return new RecordingIdentity();
		}

	}

}
