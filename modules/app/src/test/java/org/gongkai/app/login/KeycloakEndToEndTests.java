package org.gongkai.app.login;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform with the real Keycloak that devstack starts from Keycloak's distribution:
 * every demo account signs in both ways, and reaches exactly what its role allows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeycloakEndToEndTests {

	static final String PASSWORD = "Demo@2026";

	static final List<String> AREAS = List.of("/api/v1/towns/binhu/me", "/api/v1/towns/liugong/me",
			"/api/v1/admin/tenants", "/actuator/tenants");

	/** Expected status per account and area, in the order of {@link #AREAS}. */
	static final Map<String, List<Integer>> MATRIX = new LinkedHashMap<>();

	static {
		for (String role : List.of("admin", "editor", "reviewer", "officer")) {
			MATRIX.put("binhu-" + role, List.of(200, 403, 403, 403));
			MATRIX.put("liugong-" + role, List.of(403, 200, 403, 403));
		}
		MATRIX.put("twotowns", List.of(200, 200, 403, 403));
		MATRIX.put("city-supervisor", List.of(200, 200, 403, 403));
		MATRIX.put("platform-admin", List.of(403, 403, 200, 200));
	}

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Value("${gongkai.oidc.issuer}")
	String issuer;

	@Test
	void everyDemoAccountReachesExactlyWhatItsRoleAllowsWithAPasswordGrant() throws Exception {
		var keycloak = new KeycloakClient(issuer);
		Map<String, List<Integer>> seen = new LinkedHashMap<>();
		for (String account : MATRIX.keySet()) {
			String token = keycloak.passwordGrant(account, PASSWORD);
			seen.put(account, AREAS.stream().map(area -> status(area, token)).toList());
		}

		assertThat(seen).isEqualTo(MATRIX);
		assertThat(AREAS.stream().map(area -> status(area, null)).toList()).containsOnly(401);
	}

	@Test
	void everyDemoAccountSignsInThroughTheLoginPage() throws Exception {
		var keycloak = new KeycloakClient(issuer);
		for (var account : MATRIX.entrySet()) {
			String token = keycloak.browserLogin(account.getKey(), PASSWORD, PASSWORD);

			assertThat(status(AREAS.get(0), token)).as(account.getKey()).isEqualTo(account.getValue().get(0));
			assertThat(status(AREAS.get(2), token)).as(account.getKey()).isEqualTo(account.getValue().get(2));
		}
	}

	@Test
	void staffSignInThroughTheWebClientLandInTheirTownAndSignOutEverywhere() throws Exception {
		var keycloak = new KeycloakClient(issuer);

		var binhu = keycloak.openSignedIn(uri("/staff").toString(), "binhu-editor", PASSWORD);
		assertThat(binhu.status()).isEqualTo(200);
		assertThat(binhu.url()).endsWith("/staff/towns/binhu");
		assertThat(binhu.html()).contains("<h1>滨湖镇</h1>", "binhu-editor", "信息编辑");

		var twoTowns = keycloak.openSignedIn(uri("/staff").toString(), "twotowns", PASSWORD);
		assertThat(twoTowns.html()).contains("选择乡镇（街道）", "/staff/towns/binhu", "/staff/towns/liugong");

		var out = binhu.post("/logout");
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location").orElse(""))
			.startsWith(issuer + "/protocol/openid-connect/logout");
		var again = binhu.browser().send(HttpRequest.newBuilder(uri("/staff/towns/binhu")));
		assertThat(again.statusCode()).as("signed out of the platform").isEqualTo(302);
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		assertThat(new KeycloakClient(issuer).passwordGrantStatus("binhu-editor", "Wrong@2026")).isEqualTo(400);
	}

	@Test
	void meAnswersTheRolesInThatTown() throws Exception {
		String token = new KeycloakClient(issuer).passwordGrant("binhu-reviewer", PASSWORD);

		var me = get("/api/v1/towns/binhu/me", token);

		assertThat((String) JsonPath.read(me.body(), "$.username")).isEqualTo("binhu-reviewer");
		assertThat((List<String>) JsonPath.read(me.body(), "$.roles")).containsExactly("town-reviewer");
	}

	@Test
	void aNewTownIsUsableEndToEndByItsFirstAdministrator() throws Exception {
		var keycloak = new KeycloakClient(issuer);
		String admin = keycloak.passwordGrant("platform-admin", PASSWORD);
		var created = send(HttpRequest.newBuilder(uri("/api/v1/admin/tenants"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"code":"xinhu","name":"新湖镇","divisionCode":"652301190000","creditCode":"11652301990000011A",
					 "adminEmail":"xinhu-admin@changji.gongkai.test"}
					""".replace("11652301990000011A", credit("11652301990000011"))))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
		String temporary = JsonPath.read(created.body(), "$.firstAdmin.temporaryPassword");
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(
					(String) JsonPath.read(get("/api/v1/admin/tenants/xinhu", admin).body(), "$.status"))
				.isEqualTo("ACTIVE"));

		assertThat(keycloak.passwordGrantStatus("xinhu-admin", temporary))
			.as("temporary password must be changed first")
			.isEqualTo(400);
		String token = keycloak.browserLogin("xinhu-admin", temporary, "Xinhu@2026new");

		var me = get("/api/v1/towns/xinhu/me", token);
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(me.body(), "$.roles")).containsExactly("town-admin");
		assertThat(status("/api/v1/towns/binhu/me", token)).isEqualTo(403);
	}

	@Test
	void suspendingATownStopsItsStaffAtTheirNextRequestNotAtTokenExpiry() throws Exception {
		var keycloak = new KeycloakClient(issuer);
		String admin = keycloak.passwordGrant("platform-admin", PASSWORD);
		String staff = keycloak.passwordGrant("liugong-officer", PASSWORD);
		assertThat(status("/api/v1/towns/liugong/me", staff)).isEqualTo(200);

		var suspended = send(HttpRequest.newBuilder(uri("/api/v1/admin/tenants/liugong/suspend"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"端到端测试\"}"))
			.build());
		try {
			assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
			assertThat(status("/api/v1/towns/liugong/me", staff)).isEqualTo(403);
			assertThat(keycloak.passwordGrantStatus("liugong-officer", PASSWORD)).as("no new sign-in")
				.isNotEqualTo(200);
			assertThat(status("/api/v1/towns/binhu/me", keycloak.passwordGrant("binhu-officer", PASSWORD)))
				.isEqualTo(200);
		}
		finally {
			send(HttpRequest.newBuilder(uri("/api/v1/admin/tenants/liugong/resume"))
				.header("Authorization", "Bearer " + admin)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
		}
		assertThat(status("/api/v1/towns/liugong/me", keycloak.passwordGrant("liugong-officer", PASSWORD)))
			.isEqualTo(200);
	}

	private int status(String path, @Nullable String token) {
		try {
			return get(path, token).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
		var request = HttpRequest.newBuilder(uri(path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String credit(String first17) {
		return first17 + org.gongkai.tenancy.api.CreditCode.checkCharacter(first17);
	}

}
