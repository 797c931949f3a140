package org.gongkai.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.identity.api.StaffRole;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownIdentity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Towns in Keycloak, through its admin REST API with the {@code gongkai-admin} service
 * account: one organization per town (alias = town code), and the first town
 * administrator. The {@code towns} user attribute carries the towns into tokens;
 * organization membership keeps Keycloak's own view (and its admin console) in step.
 * Every call looks before it creates, so a retry never makes anything twice.
 */
@Component
class KeycloakTownIdentity implements TownIdentity {

	private static final Logger log = LoggerFactory.getLogger(KeycloakTownIdentity.class);

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private final OidcProperties oidc;

	private final RestClient http;

	private final Clock clock;

	private @Nullable String token;

	private Instant tokenExpires = Instant.EPOCH;

	KeycloakTownIdentity(OidcProperties oidc, Clock clock) {
		this.oidc = oidc;
		this.http = RestClient.create();
		this.clock = clock;
	}

	@Override
	public void ensureOrganization(Town town) {
		if (organization(town.code()) != null) {
			return;
		}
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("name", town.name());
		organization.put("alias", town.code());
		organization.put("enabled", true);
		organization.put("domains", List.of(Map.of("name", town.code() + ".changji.gongkai.test", "verified", false)));
		try {
			send(HttpMethod.POST, "/organizations", organization);
			log.info("Created Keycloak organization {}", town.code());
		}
		catch (HttpClientErrorException.Conflict ex) {
			// created meanwhile by a concurrent attempt
		}
	}

	@Override
	public void ensureFirstAdmin(Town town, String temporaryPassword, @Nullable String email) {
		String username = town.code() + "-admin";
		Map<String, Object> user = user(username);
		if (user == null) {
			Map<String, Object> created = new LinkedHashMap<>();
			created.put("username", username);
			created.put("enabled", true);
			if (email != null) {
				created.put("email", email);
			}
			created.put("attributes", Map.of("towns", List.of(town.code())));
			created.put("requiredActions", List.of("UPDATE_PASSWORD"));
			created.put("credentials",
					List.of(Map.of("type", "password", "value", temporaryPassword, "temporary", true)));
			send(HttpMethod.POST, "/users", created);
			user = Objects.requireNonNull(user(username), "user just created");
		}
		else {
			addTown(user, town.code());
			send(HttpMethod.PUT, "/users/" + user.get("id") + "/reset-password",
					Map.of("type", "password", "value", temporaryPassword, "temporary", true));
		}
		String userId = String.valueOf(user.get("id"));
		Map<String, Object> role = admin().get()
			.uri(adminUrl("/roles/" + StaffRole.TOWN_ADMIN.roleName()))
			.retrieve()
			.body(OBJECT);
		send(HttpMethod.POST, "/users/" + userId + "/role-mappings/realm", List.of(role));
		Map<String, Object> organization = Objects.requireNonNull(organization(town.code()),
				"organization of " + town.code());
		try {
			send(HttpMethod.POST, "/organizations/" + organization.get("id") + "/members", "\"" + userId + "\"");
		}
		catch (HttpClientErrorException.Conflict ex) {
			// already a member
		}
		log.info("First administrator {} of town {} is ready", username, town.code());
	}

	@Override
	public void setSignInEnabled(Town town, boolean enabled) {
		Map<String, Object> organization = organization(town.code());
		if (organization != null) {
			organization.put("enabled", enabled);
			send(HttpMethod.PUT, "/organizations/" + organization.get("id"), organization);
		}
		// staff of this town alone are switched; someone who also works for another town
		// keeps signing in there
		List<Map<String, Object>> users = admin().get()
			.uri(adminUrl("/users?q=towns:" + town.code() + "&max=1000&briefRepresentation=false"))
			.retrieve()
			.body(LIST);
		for (Map<String, Object> user : Objects.requireNonNullElse(users, List.<Map<String, Object>>of())) {
			if (towns(user).equals(List.of(town.code())) && !Objects.equals(user.get("enabled"), enabled)) {
				user.put("enabled", enabled);
				send(HttpMethod.PUT, "/users/" + user.get("id"), user);
			}
		}
	}

	private @Nullable Map<String, Object> organization(String code) {
		List<Map<String, Object>> found = admin().get()
			.uri(adminUrl("/organizations?search=" + code + "&max=100"))
			.retrieve()
			.body(LIST);
		return Objects.requireNonNullElse(found, List.<Map<String, Object>>of())
			.stream()
			.filter(o -> code.equals(o.get("alias")))
			.findFirst()
			.orElse(null);
	}

	private @Nullable Map<String, Object> user(String username) {
		List<Map<String, Object>> found = admin().get()
			.uri(adminUrl("/users?exact=true&briefRepresentation=false&username=" + username))
			.retrieve()
			.body(LIST);
		return Objects.requireNonNullElse(found, List.<Map<String, Object>>of()).stream().findFirst().orElse(null);
	}

	@SuppressWarnings("unchecked")
	private static List<String> towns(Map<String, Object> user) {
		if (user.get("attributes") instanceof Map<?, ?> attributes
				&& attributes.get("towns") instanceof List<?> towns) {
			return (List<String>) towns;
		}
		return List.of();
	}

	@SuppressWarnings("unchecked")
	private void addTown(Map<String, Object> user, String code) {
		List<String> towns = new ArrayList<>(towns(user));
		if (towns.contains(code)) {
			return;
		}
		towns.add(code);
		Map<String, Object> attributes = new LinkedHashMap<>(
				(user.get("attributes") instanceof Map<?, ?> existing) ? (Map<String, Object>) existing : Map.of());
		attributes.put("towns", towns);
		user.put("attributes", attributes);
		send(HttpMethod.PUT, "/users/" + user.get("id"), user);
	}

	/** Sends JSON to the realm's admin API and expects no answer body. */
	private void send(HttpMethod method, String path, Object body) {
		admin().method(method)
			.uri(adminUrl(path))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	private String adminUrl(String path) {
		return oidc.issuer().replace("/realms/", "/admin/realms/") + path;
	}

	/** A client bound to a service-account token, renewed shortly before it expires. */
	private synchronized RestClient admin() {
		if (token == null || clock.instant().isAfter(tokenExpires.minusSeconds(30))) {
			var form = new LinkedMultiValueMap<String, String>();
			form.add("grant_type", "client_credentials");
			form.add("client_id", Objects.requireNonNull(oidc.adminClientId(), "gongkai.oidc.admin-client-id"));
			form.add("client_secret",
					Objects.requireNonNull(oidc.adminClientSecret(), "gongkai.oidc.admin-client-secret"));
			Map<String, Object> answer = http.post()
				.uri(oidc.issuer() + "/protocol/openid-connect/token")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(OBJECT);
			Objects.requireNonNull(answer, "token answer");
			token = String.valueOf(answer.get("access_token"));
			tokenExpires = clock.instant().plusSeconds(((Number) answer.get("expires_in")).longValue());
		}
		String bearer = token;
		return http.mutate().defaultHeader("Authorization", "Bearer " + bearer).build();
	}

}
