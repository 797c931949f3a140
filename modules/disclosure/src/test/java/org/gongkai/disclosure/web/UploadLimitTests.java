package org.gongkai.disclosure.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.disclosure.internal.DisclosureFixtures;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads above the container's multipart limit, sent to a real server as a browser and
 * an API client send them (MockMvc never parses multipart bodies, so it cannot see the
 * limit). The limit is set low here; the application's is well above the 20 MB attachment
 * limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
				"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=96KB" })
@Import({ DisclosureFixtures.NoIdentityProvider.class, UploadLimitTests.Tokens.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadLimitTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final String TOKEN = "binhu-editor-token";

	@LocalServerPort
	int port;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CategoryService categories;

	@Autowired
	SessionRepository<? extends Session> sessions;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	void town() {
		provisioning.provision(DisclosureFixtures.BINHU);
	}

	@Test
	void aPageGoesBackToItsFormSayingTheUploadIsTooLarge() throws Exception {
		String cookie = "SESSION=" + signedInSession();
		URI newItem = url("/staff/towns/binhu/items/new");
		String form = send(HttpRequest.newBuilder(newItem).header("Cookie", cookie).GET()).body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();
		var body = new Multipart().field("_csrf", csrf.group(1))
			.field("title", "关于做好2016年农村低保工作的通知（扫描件）")
			.field("publisher", "昌吉市滨湖镇人民政府")
			.field("formedOn", "2016-03-05")
			.field("categoryId", category("18").toString())
			.field("channels", "WEBSITE")
			.field("validity", "IN_FORCE")
			.file("files", "2016年低保工作通知扫描件.pdf", pdf(200 * 1024));

		var refused = send(HttpRequest.newBuilder(url("/staff/towns/binhu/items"))
			.header("Cookie", cookie)
			.header("Referer", newItem.toString())
			.header("Content-Type", body.contentType())
			.POST(body.publisher()));
		String location = refused.headers().firstValue("Location").orElseThrow();
		var back = send(HttpRequest.newBuilder(url(location)).header("Cookie", cookie).GET());
		var again = send(HttpRequest.newBuilder(url(location)).header("Cookie", cookie).GET());

		assertThat(refused.statusCode()).isEqualTo(303);
		assertThat(location).isEqualTo("/staff/towns/binhu/items/new");
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("role=\"alert\">上传的文件太大，超过了平台一次允许上传的总量，未保存任何内容。");
		assertThat(again.body()).as("said once").doesNotContain("上传的文件太大");
		assertThat(tenants.callAs("binhu",
				() -> catalogue.list(new ItemQuery(null, null, null, null, "低保工作的通知（扫描件）", 0, 1)).total()))
			.isZero();
	}

	@Test
	void anUploadWithinTheLimitGoesThroughWithItsChineseTextIntact() throws Exception {
		String cookie = "SESSION=" + signedInSession();
		String form = send(HttpRequest.newBuilder(url("/staff/towns/binhu/items/new")).header("Cookie", cookie).GET())
			.body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();
		var body = new Multipart().field("_csrf", csrf.group(1))
			.field("title", "关于做好2016年农村低保工作的通知（附名单）")
			.field("publisher", "昌吉市滨湖镇人民政府")
			.field("documentNumber", "滨政发〔2016〕12号")
			.field("formedOn", "2016-03-05")
			.field("categoryId", category("18").toString())
			.field("channels", "WEBSITE")
			.field("validity", "IN_FORCE")
			.file("files", "2016年低保名单.pdf", pdf(10 * 1024));

		var created = send(HttpRequest.newBuilder(url("/staff/towns/binhu/items"))
			.header("Cookie", cookie)
			.header("Content-Type", body.contentType())
			.POST(body.publisher()));

		assertThat(created.statusCode()).isEqualTo(302);
		UUID id = UUID.fromString(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		CatalogueItem item = tenants.callAs("binhu", () -> catalogue.get(id));
		assertThat(item.title()).isEqualTo("关于做好2016年农村低保工作的通知（附名单）");
		assertThat(item.documentNumber()).isEqualTo("滨政发〔2016〕12号");
		assertThat(item.attachments()).extracting(a -> a.fileName()).containsExactly("2016年低保名单.pdf");
	}

	@Test
	void aPageWithoutAReferrerGoesBackToTheAddressItPostedTo() throws Exception {
		String cookie = "SESSION=" + signedInSession();
		var body = new Multipart().file("file", "滨湖镇公开目录.csv", pdf(200 * 1024));

		var refused = send(HttpRequest.newBuilder(url("/staff/towns/binhu/items/import"))
			.header("Cookie", cookie)
			.header("Content-Type", body.contentType())
			.POST(body.publisher()));

		assertThat(refused.statusCode()).isEqualTo(303);
		assertThat(refused.headers().firstValue("Location")).hasValue("/staff/towns/binhu/items/import");
	}

	@Test
	void theApiAnswers413WithAProblemInChinese() throws Exception {
		CatalogueItem item = tenants.callAs("binhu",
				() -> catalogue
					.create(new ItemDraft("关于做好2016年农村低保工作的通知（接口）", "昌吉市滨湖镇人民政府", null, LocalDate.of(2016, 3, 5),
							category("18"), Set.of(Channel.WEBSITE), null, Validity.IN_FORCE, "", "", "", null)));
		var body = new Multipart().file("file", "2016年低保名单扫描件.pdf", pdf(200 * 1024));

		var refused = send(
				HttpRequest.newBuilder(url("/api/v1/towns/binhu/items/" + item.id() + "/attachments?version=0"))
					.header("Authorization", "Bearer " + TOKEN)
					.header("Content-Type", body.contentType())
					.POST(body.publisher()));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"title\":\"上传内容过大\"").contains("上传的文件太大，超过了平台允许的上传总量，未保存任何内容。");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI url(String path) {
		if (path.startsWith("http")) {
			return URI.create(path);
		}
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * A staff session as the OIDC login leaves it in Redis, named as Spring Session's
	 * cookie names it.
	 */
	private String signedInSession() {
		return Base64.getEncoder().encodeToString(saved(sessions).getBytes(StandardCharsets.UTF_8));
	}

	private <S extends Session> String saved(SessionRepository<S> repository) {
		List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_town-editor"),
				new SimpleGrantedAuthority("TOWN_binhu"));
		var idToken = OidcIdToken.withTokenValue("id-token")
			.subject("binhu-editor")
			.claim("preferred_username", "binhu-editor")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(600))
			.build();
		var user = new DefaultOidcUser(authorities, idToken, "sub");
		S session = repository.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(new OAuth2AuthenticationToken(user, authorities, "keycloak")));
		repository.save(session);
		return session.getId();
	}

	private UUID category(String code) {
		return tenants.callAs("binhu",
				() -> categories.tree()
					.stream()
					.filter(c -> c.code().equals(code))
					.map(Category::id)
					.findFirst()
					.orElseThrow());
	}

	private static byte[] pdf(int size) {
		byte[] content = new byte[size];
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, header.length);
		return content;
	}

	/** A multipart/form-data body as a browser sends it. */
	static final class Multipart {

		private final String boundary = "----gongkai" + UUID.randomUUID();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		Multipart file(String name, String fileName, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + boundary;
		}

		HttpRequest.BodyPublisher publisher() {
			write("--" + boundary + "--\r\n");
			return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
		}

		private void write(String text) {
			body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** Bearer tokens without Keycloak: one editor of 滨湖镇. */
	@TestConfiguration
	static class Tokens {

		@Bean
		@Primary
		JwtDecoder testTokens() {
			return token -> {
				if (!TOKEN.equals(token)) {
					throw new org.springframework.security.oauth2.jwt.BadJwtException("unknown token");
				}
				return Jwt.withTokenValue(token)
					.header("alg", "none")
					.subject("binhu-editor")
					.claim("preferred_username", "binhu-editor")
					.claim("realm_access", Map.of("roles", List.of("town-editor")))
					.claim("towns", List.of("binhu"))
					.issuedAt(Instant.now())
					.expiresAt(Instant.now().plusSeconds(600))
					.build();
			};
		}

	}

}
