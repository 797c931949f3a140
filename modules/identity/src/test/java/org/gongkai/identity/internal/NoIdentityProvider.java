package org.gongkai.identity.internal;

import org.gongkai.tenancy.api.TownIdentity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Provisioning without Keycloak, for tests about the access rules and pages rather than
 * the realm; the realm itself is exercised by the app's end-to-end tests.
 */
@TestConfiguration
class NoIdentityProvider {

	@Bean
	@Primary
	TownIdentity noIdentityProvider() {
		return TownIdentity.none();
	}

}
