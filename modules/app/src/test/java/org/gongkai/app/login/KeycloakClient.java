package org.gongkai.app.login;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

/**
 * Signs in to the realm the two ways staff and scripts do: the password grant of the
 * public client {@code gongkai-cli}, and the browser's authorization-code flow with PKCE
 * through Keycloak's own login page (and its password-change page, when a temporary
 * password is used).
 */
final class KeycloakClient {

	static final String CLIENT = "gongkai-cli";

	static final String REDIRECT = "http://127.0.0.1/callback";

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private final String issuer;

	KeycloakClient(String issuer) {
		this.issuer = issuer;
	}

	/** The access token of a password grant. */
	String passwordGrant(String username, String password) throws Exception {
		HttpResponse<String> answer = post(HttpClient.newHttpClient(), issuer + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", CLIENT, "username", username, "password", password,
						"scope", "openid"));
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(
					"Password grant for " + username + ": " + answer.statusCode() + " " + answer.body());
		}
		return JsonPath.read(answer.body(), "$.access_token");
	}

	/** The HTTP status of a password grant, for refusals. */
	int passwordGrantStatus(String username, String password) throws Exception {
		return post(HttpClient.newHttpClient(), issuer + "/protocol/openid-connect/token",
				Map.of("grant_type", "password", "client_id", CLIENT, "username", username, "password", password))
			.statusCode();
	}

	/**
	 * Logs in through the login page as a browser would, sets a new password when
	 * Keycloak asks for one, and answers the access token.
	 */
	String browserLogin(String username, String password, String newPassword) throws Exception {
		var browser = new Browser();
		String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		String authorize = issuer + "/protocol/openid-connect/auth?"
				+ form(Map.of("client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT,
						"code_challenge", challenge, "code_challenge_method", "S256", "ui_locales", "zh-CN"));
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(authorize)));
		// Keycloak asks for the user name, then the password (organizations on), then
		// perhaps a new one
		for (int page = 0; page < 8; page++) {
			String next = answer.headers().firstValue("Location").orElse("");
			if (answer.statusCode() == 302 && !next.startsWith(REDIRECT)) {
				answer = browser.send(HttpRequest.newBuilder(URI.create(next)));
				continue;
			}
			if (answer.statusCode() != 200) {
				break;
			}
			String html = answer.body();
			Map<String, String> fields = loginFields(html, username, password, newPassword);
			if (fields.isEmpty()) {
				throw new IllegalStateException(
						"Login page of " + username + " asks for something unexpected: " + pageId(html));
			}
			answer = browser.send(form(action(html), fields));
		}
		String location = answer.headers().firstValue("Location").orElse("");
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
		if (!location.startsWith(REDIRECT) || !code.find()) {
			throw new IllegalStateException("Login of " + username + " came back without a code: " + answer.statusCode()
					+ " " + location + " " + answer.body().substring(0, Math.min(3000, answer.body().length())));
		}
		HttpResponse<String> tokens = post(HttpClient.newHttpClient(), issuer + "/protocol/openid-connect/token",
				Map.of("grant_type", "authorization_code", "client_id", CLIENT, "code", code.group(1), "redirect_uri",
						REDIRECT, "code_verifier", verifier));
		return JsonPath.read(tokens.body(), "$.access_token");
	}

	/**
	 * Opens a staff page of the platform as a browser would: redirected to Keycloak,
	 * signs in there, and follows the redirects back through the platform's callback.
	 * Answers the page finally shown and the browser, still signed in.
	 */
	Page openSignedIn(String url, String username, String password) throws Exception {
		var browser = new Browser();
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(url)));
		for (int step = 0; step < 15; step++) {
			String next = answer.headers().firstValue("Location").orElse("");
			if (answer.statusCode() == 302) {
				answer = browser
					.send(HttpRequest.newBuilder(URI.create(next.startsWith("/") ? origin(url) + next : next)));
				continue;
			}
			String html = answer.body();
			if (answer.statusCode() == 200 && html.contains("kc-form-login") || html.contains("name=\"username\"")) {
				Map<String, String> fields = loginFields(html, username, password, password);
				answer = browser.send(form(action(html), fields));
				continue;
			}
			return new Page(answer.statusCode(), html, answer.uri().toString(), browser);
		}
		throw new IllegalStateException("Too many redirects opening " + url);
	}

	/** A page shown to a signed-in browser. */
	record Page(int status, String html, String url, Browser browser) {

		/**
		 * Posts the page's form with the given action, with its CSRF token, and follows
		 * the answer.
		 */
		HttpResponse<String> post(String formAction) throws Exception {
			Matcher csrf = Pattern
				.compile("action=\"" + Pattern.quote(formAction)
						+ "\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
				.matcher(html);
			if (!csrf.find()) {
				throw new IllegalStateException("No form " + formAction + " with a CSRF token on " + url);
			}
			return browser.send(form(origin(url) + formAction, Map.of("_csrf", csrf.group(1))));
		}

	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
	}

	/** The fields Keycloak's login pages ask for on this page, filled in for the user. */
	private static Map<String, String> loginFields(String html, String username, String password, String newPassword) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (html.contains("name=\"username\"")) {
			fields.put("username", username);
		}
		if (html.contains("name=\"password\"")) {
			fields.put("password", password);
			fields.put("credentialId", "");
		}
		if (html.contains("name=\"password-new\"")) {
			fields.put("password-new", newPassword);
			fields.put("password-confirm", newPassword);
		}
		// a new account's profile: Keycloak asks for what the realm requires and the
		// admin did not give
		if (html.contains("name=\"firstName\"")) {
			fields.put("firstName", "管理员");
			fields.put("lastName", username);
			fields.put("email", username + "@changji.gongkai.test");
			fields.put("username", username);
		}
		return fields;
	}

	private static String pageId(String html) {
		Matcher id = Pattern.compile("data-page-id=\"([^\"]+)\"").matcher(html);
		return id.find() ? id.group(1) : html.substring(0, Math.min(800, html.length()));
	}

	private static String action(String html) {
		Matcher matcher = FORM_ACTION.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No form on the page: " + html.substring(0, Math.min(500, html.length())));
		}
		return matcher.group(1).replace("&amp;", "&");
	}

	private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> fields)
			throws Exception {
		return client.send(form(url, fields).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder form(String url, Map<String, String> fields) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)));
	}

	/**
	 * Just enough of a browser: it keeps cookies by hand, because Keycloak marks them
	 * Secure and Java's cookie handler will not send those over plain HTTP, even to
	 * 127.0.0.1, as browsers do.
	 */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			if (!cookies.isEmpty()) {
				request.header("Cookie",
						cookies.entrySet()
							.stream()
							.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
			return response;
		}

	}

	private static String form(Map<String, String> fields) {
		return new LinkedHashMap<>(fields).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
