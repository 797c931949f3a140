package org.gongkai.identity.internal;

import java.util.List;
import java.util.Map;

import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches what, with tokens shaped like the realm's (the same claims, built here):
 * the rules themselves. {@code KeycloakLoginTests} runs the same matrix with tokens from
 * a real Keycloak.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	@Qualifier("platformJdbc")
	JdbcClient platform;

	@BeforeAll
	void twoTowns() {
		provisioning.provision(new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000", "11652301752301009G"));
		provisioning.provision(new NewTown("liugong", "六工镇", TownKind.TOWNSHIP, "652301105000", "116523017523017463"));
	}

	@Test
	void townStaffReadThemselvesInTheirOwnTown() throws Exception {
		mvc.perform(get("/api/v1/towns/binhu/me").with(staff("binhu-editor", List.of("town-editor"), "binhu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("binhu-editor"))
			.andExpect(jsonPath("$.town").value("binhu"))
			.andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("town-editor")))
			.andExpect(jsonPath("$.citySupervisor").value(false));
	}

	@Test
	void aTokenForOneTownIsRefusedInAnotherAndTheAttemptIsAudited() throws Exception {
		mvc.perform(get("/api/v1/towns/liugong/me").with(staff("binhu-admin", List.of("town-admin"), "binhu")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权访问该乡镇"));

		assertThat(platform.sql(
				"SELECT count(*) FROM platform.audit_entry WHERE action = 'town.access-denied' AND town_code = 'liugong'"
						+ " AND detail LIKE 'binhu-admin %'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void aMemberOfTwoTownsWorksInBoth() throws Exception {
		for (String town : List.of("binhu", "liugong")) {
			mvc.perform(get("/api/v1/towns/" + town + "/me")
				.with(staff("twotowns", List.of("town-editor"), "binhu", "liugong"))).andExpect(status().isOk());
		}
	}

	@Test
	void citySupervisorsReadEveryTownAndWriteNone() throws Exception {
		var supervisor = staff("city-supervisor", List.of("city-supervisor"));

		mvc.perform(get("/api/v1/towns/liugong/me").with(supervisor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("city-supervisor")))
			.andExpect(jsonPath("$.citySupervisor").value(true));
		mvc.perform(post("/api/v1/towns/liugong/me").with(supervisor))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("只读访问"));
	}

	@Test
	void platformAdminsReadNoTownData() throws Exception {
		mvc.perform(get("/api/v1/towns/binhu/me").with(staff("platform-admin", List.of("platform-admin"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyPlatformAdminsReachAdministration() throws Exception {
		mvc.perform(get("/actuator/tenants").with(staff("platform-admin", List.of("platform-admin"))))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/tenants").with(staff("binhu-admin", List.of("town-admin"), "binhu")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/tenants").with(staff("city-supervisor", List.of("city-supervisor"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void withoutATokenStaffAreasAre401AndPublicOnesOpen() throws Exception {
		mvc.perform(get("/api/v1/towns/binhu/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("未登录"));
		mvc.perform(get("/api/v1/towns/binhu/me").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.title").value("Not signed in"));
		mvc.perform(get("/actuator/tenants")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/towns")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/towns/binhu")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void aHeaderCannotChooseTheTown() throws Exception {
		mvc.perform(get("/api/v1/towns/liugong/me").header("X-Town", "binhu")
			.with(staff("binhu-editor", List.of("town-editor"), "binhu"))).andExpect(status().isForbidden());
	}

	/**
	 * A token as the realm issues it: realm roles, town codes in {@code towns}.
	 */
	static RequestPostProcessor staff(String username, List<String> roles, String... towns) {
		Jwt token = Jwt.withTokenValue("test-" + username)
			.header("alg", "RS256")
			.subject(username)
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", roles))
			.claim("towns", List.of(towns))
			.claim("aud", List.of("gongkai"))
			.build();
		return jwt().jwt(token).authorities(new StaffAuthorities().convert(token).getAuthorities());
	}

}
