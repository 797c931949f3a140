package org.gongkai.disclosure.internal;

import java.util.Arrays;

import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownKind;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * The demo towns, staff tokens and staff sessions these tests work with, and provisioning
 * without Keycloak. Public for the page tests next door, which share the Spring context.
 */
public final class DisclosureFixtures {

	public static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000",
			"11652301752301009G");

	public static final NewTown LIUGONG = new NewTown("liugong", "六工镇", TownKind.TOWNSHIP, "652301105000",
			"116523017523017463");

	private DisclosureFixtures() {
	}

	/** A bearer token with the given authorities ({@code ROLE_*}, {@code TOWN_*}). */
	static RequestPostProcessor staff(String username, String... authorities) {
		return jwt().jwt(token -> token.subject(username).claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	/**
	 * A staff session as the OIDC login leaves it, with the given authorities
	 * ({@code ROLE_*}, {@code TOWN_*}).
	 */
	public static RequestPostProcessor signedIn(String username, String... authorities) {
		return oidcLogin().idToken(token -> token.subject(username).claim("preferred_username", username))
			.userInfoToken(info -> info.claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	/**
	 * The realm is exercised by the app's end-to-end tests; here provisioning skips it.
	 */
	@TestConfiguration
	public static class NoIdentityProvider {

		@Bean
		@Primary
		TownIdentity noIdentityProvider() {
			return TownIdentity.none();
		}

	}

}
