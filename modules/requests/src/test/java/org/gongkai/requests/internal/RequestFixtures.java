package org.gongkai.requests.internal;

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
 * The town, applicant and staff tokens these tests work with, and no identity provider.
 */
final class RequestFixtures {

	static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000", "11652301752301009G");

	/** A resident ID with a correct check character. */
	static final String ID_NUMBER = "65230119850312003" + ResidentId.checkCharacter("65230119850312003");

	private RequestFixtures() {
	}

	/** A bearer token with the given authorities ({@code ROLE_*}, {@code TOWN_*}). */
	static RequestPostProcessor staff(String username, String... authorities) {
		return jwt().jwt(token -> token.subject(username).claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	/**
	 * A staff web session (OIDC login) with the given authorities, for the staff pages.
	 */
	static RequestPostProcessor signedIn(String username, String... authorities) {
		return oidcLogin().idToken(token -> token.subject(username).claim("preferred_username", username))
			.userInfoToken(info -> info.claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	/** Login is exercised by the app's end-to-end tests; provisioning here skips it. */
	@TestConfiguration
	static class NoIdentityProvider {

		@Bean
		@Primary
		TownIdentity noIdentityProvider() {
			return TownIdentity.none();
		}

	}

}
