package org.gongkai.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the embedded Keycloak from its distribution, as an application would: by reading
 * {@code gongkai.oidc.*} from the environment. Then checks the realm kept in
 * {@code deploy/keycloak/gongkai-realm.json} issues the tokens the platform relies on.
 */
class KeycloakDevstackTests {

	private static final String PASSWORD = "Demo@2026";

	private static final HttpClient http = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext context;

	private static String issuer;

	@BeforeAll
	static void startKeycloakByReadingTheIssuer() {
		context = devstackContext("gongkai.devstack.keycloak.port=0");
		issuer = context.getEnvironment().getProperty(KeycloakPropertySource.ISSUER);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@ParameterizedTest
	@CsvSource({ "binhu-admin, town-admin, binhu", "binhu-editor, town-editor, binhu",
			"binhu-reviewer, town-reviewer, binhu", "binhu-officer, request-officer, binhu",
			"liugong-admin, town-admin, liugong", "liugong-editor, town-editor, liugong",
			"liugong-reviewer, town-reviewer, liugong", "liugong-officer, request-officer, liugong",
			"twotowns, town-editor, binhu liugong", "city-supervisor, city-supervisor, ''",
			"platform-admin, platform-admin, ''" })
	void demoAccountsGetTokensWithRolesAudienceAndTowns(String username, String role, String towns) throws Exception {
		HttpResponse<String> response = passwordGrant(username, PASSWORD);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		DocumentContext token = accessTokenPayload(response.body());
		assertThat(token.read("$.iss", String.class)).isEqualTo(issuer);
		assertThat(token.read("$.preferred_username", String.class)).isEqualTo(username);
		assertThat(audience(token)).contains("gongkai");
		assertThat(token.read("$.realm_access.roles", List.class)).contains(role);
		List<String> expectedTowns = towns.isBlank() ? List.of() : List.of(towns.split(" "));
		assertThat(towns(token)).containsExactlyInAnyOrderElementsOf(expectedTowns);
	}

	@Test
	void issuerIsTheRealmOn127001() {
		assertThat(issuer).matches("http://127\\.0\\.0\\.1:\\d+/realms/gongkai");
	}

	@Test
	void townsClaimCarriesEveryTownOfAUserWithoutAskingForAScope() throws Exception {
		DocumentContext single = accessTokenPayload(passwordGrant("binhu-editor", PASSWORD).body());
		DocumentContext both = accessTokenPayload(passwordGrant("twotowns", PASSWORD).body());
		DocumentContext none = accessTokenPayload(passwordGrant("city-supervisor", PASSWORD).body());

		assertThat(single.read("$.towns", List.class)).containsExactly("binhu");
		assertThat(both.read("$.towns", List.class)).containsExactlyInAnyOrder("binhu", "liugong");
		assertThat(towns(none)).isEmpty();
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		HttpResponse<String> response = passwordGrant("binhu-officer", "Wrong@2026");

		// RFC 6749 section 5.2: a bad resource owner password is invalid_grant, 400
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JsonPath.parse(response.body()).read("$.error", String.class)).isEqualTo("invalid_grant");
	}

	@Test
	void adminServiceAccountListsTheTownOrganizations() throws Exception {
		var environment = context.getEnvironment();
		HttpResponse<String> token = post(issuer + "/protocol/openid-connect/token",
				Map.of("grant_type", "client_credentials", "client_id",
						environment.getProperty(KeycloakPropertySource.ADMIN_CLIENT_ID), "client_secret",
						environment.getProperty(KeycloakPropertySource.ADMIN_CLIENT_SECRET)));
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		String accessToken = JsonPath.parse(token.body()).read("$.access_token", String.class);

		String server = issuer.substring(0, issuer.indexOf("/realms/"));
		HttpResponse<String> organizations = http
			.send(HttpRequest.newBuilder(URI.create(server + "/admin/realms/gongkai/organizations?max=100"))
				.header("Authorization", "Bearer " + accessToken)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(organizations.statusCode()).as(organizations.body()).isEqualTo(200);
		DocumentContext list = JsonPath.parse(organizations.body());
		assertThat(list.read("$[*].alias", List.class)).hasSize(15).contains("binhu", "liugong", "ashili", "lvzhoulu");
		assertThat(list.read("$[?(@.alias == 'binhu')].name", List.class)).containsExactly("滨湖镇");
	}

	@Test
	void webClientLogsInThroughTheBrowserFlowWithPkceOnAnyLoopbackPort() throws Exception {
		var environment = context.getEnvironment();
		String redirectUri = "http://127.0.0.1:18080/login/oauth2/code/gongkai";
		String verifier = "demo-verifier-that-is-long-enough-for-rfc-7636-000000";
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		var browser = new Browser();

		// with organizations on, Keycloak asks for the user name, then the password;
		// platform-admin needs no OTP because the demo leaves GONGKAI_ADMIN_OTP unset
		String page = browser.get(issuer + "/protocol/openid-connect/auth?"
				+ form(Map.of("client_id", environment.getProperty(KeycloakPropertySource.WEB_CLIENT_ID),
						"redirect_uri", redirectUri, "response_type", "code", "scope", "openid", "code_challenge",
						challenge, "code_challenge_method", "S256", "state", "s")));
		page = browser.submit(page, Map.of("username", "platform-admin"));
		HttpResponse<String> redirect = browser.submitForResponse(page, Map.of("password", PASSWORD));

		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(redirectUri + "?").contains("code=");
		HttpResponse<String> tokens = post(issuer + "/protocol/openid-connect/token",
				Map.of("grant_type", "authorization_code", "code", query(location).get("code"), "redirect_uri",
						redirectUri, "code_verifier", verifier, "client_id",
						environment.getProperty(KeycloakPropertySource.WEB_CLIENT_ID), "client_secret",
						environment.getProperty(KeycloakPropertySource.WEB_CLIENT_SECRET)));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		DocumentContext token = accessTokenPayload(tokens.body());
		assertThat(token.read("$.azp", String.class)).isEqualTo("gongkai-web");
		assertThat(audience(token)).contains("gongkai");
		assertThat(token.read("$.realm_access.roles", List.class)).contains("platform-admin");
	}

	@Test
	void startsKeycloakOnlyWhenAnIdentitySettingIsRead() {
		try (ConfigurableApplicationContext lazy = devstackContext("gongkai.devstack.keycloak.port=0")) {
			var source = (KeycloakPropertySource) lazy.getEnvironment()
				.getPropertySources()
				.get(KeycloakPropertySource.NAME);
			assertThat(source).isNotNull();
			assertThat(source.resolved()).isFalse();

			String lazyIssuer = lazy.getEnvironment().getProperty(KeycloakPropertySource.ISSUER);

			assertThat(source.resolved()).isTrue();
			// one Keycloak per JVM
			assertThat(lazyIssuer).isEqualTo(issuer);
		}
	}

	@Test
	void startsNothingWhenAnIssuerIsConfigured() {
		String configured = "https://id.example.gov.cn/realms/gongkai";
		try (ConfigurableApplicationContext external = devstackContext("gongkai.oidc.issuer=" + configured)) {
			var environment = external.getEnvironment();

			assertThat(environment.getPropertySources().contains(KeycloakPropertySource.NAME)).isFalse();
			assertThat(environment.getProperty(KeycloakPropertySource.ISSUER)).isEqualTo(configured);
			assertThat(environment.getProperty(KeycloakPropertySource.WEB_CLIENT_SECRET)).isNull();
		}
	}

	@Test
	void startsNothingWhenSwitchedOff() {
		try (ConfigurableApplicationContext off = devstackContext("gongkai.devstack.keycloak.enabled=false")) {
			var environment = off.getEnvironment();

			assertThat(environment.getPropertySources().contains(KeycloakPropertySource.NAME)).isFalse();
			assertThat(environment.getProperty(KeycloakPropertySource.ISSUER)).isNull();
		}
	}

	/**
	 * A context with no beans, so that only the environment post-processors run; without
	 * the operating system's variables, so that a GONGKAI_OIDC_ISSUER set on this machine
	 * does not turn the test into one of that server.
	 */
	private static ConfigurableApplicationContext devstackContext(String... properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		return new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
			.environment(environment)
			.properties(properties)
			.run();
	}

	private static HttpResponse<String> passwordGrant(String username, String password)
			throws IOException, InterruptedException {
		return post(issuer + "/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id",
				"gongkai-cli", "username", username, "password", password, "scope", "openid"));
	}

	private static HttpResponse<String> post(String url, Map<String, String> fields)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> query(String url) {
		Map<String, String> values = new HashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	private static DocumentContext accessTokenPayload(String tokenResponse) {
		String accessToken = JsonPath.parse(tokenResponse).read("$.access_token", String.class);
		String payload = accessToken.split("\\.")[1];
		return JsonPath.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

	/** {@code aud} is a string for one audience and an array for several. */
	private static List<String> audience(DocumentContext token) {
		Object aud = token.read("$.aud");
		return strings((aud instanceof List<?> list) ? list : List.of(aud));
	}

	private static List<String> towns(DocumentContext token) {
		Map<String, Object> claims = token.read("$");
		Object towns = claims.get("towns");
		return strings((towns instanceof List<?> list) ? list : List.of());
	}

	private static List<String> strings(List<?> values) {
		return values.stream().map(String::valueOf).toList();
	}

	@Configuration(proxyBeanMethods = false)
	static class NoBeans {

	}

	/**
	 * Just enough of a browser for Keycloak's login pages. Keycloak marks its cookies
	 * Secure; browsers send those to 127.0.0.1 over plain HTTP, Java's cookie handler
	 * does not, so cookies are kept here by hand.
	 */
	private static final class Browser {

		private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

		private final Map<String, String> cookies = new HashMap<>();

		String get(String url) throws IOException, InterruptedException {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

		String submit(String page, Map<String, String> fields) throws IOException, InterruptedException {
			HttpResponse<String> response = submitForResponse(page, fields);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

		HttpResponse<String> submitForResponse(String page, Map<String, String> fields)
				throws IOException, InterruptedException {
			Matcher action = FORM_ACTION.matcher(page);
			assertThat(action.find()).as(page).isTrue();
			String url = action.group(1).replace("&amp;", "&");
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!cookies.isEmpty()) {
				request.header("Cookie",
						cookies.entrySet()
							.stream()
							.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
			return response;
		}

	}

}
