package org.gongkai.devstack;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded servers behave.
 *
 * @param dataDir where the embedded PostgreSQL and Keycloak keep their data between runs;
 * none means a fresh temporary cluster and an in-memory Keycloak that disappear with the
 * JVM
 * @param database the database the platform uses on the server
 * @param isolatedDatabase create a fresh, uniquely named database for this application
 * context and drop it (with the roles named after it) on shutdown; tests use this so that
 * runs never see each other's towns, whichever server they run against
 * @param keycloak the Keycloak started when no {@code GONGKAI_OIDC_ISSUER} is named
 */
@ConfigurationProperties("gongkai.devstack")
public record DevstackSettings(@Nullable String dataDir, @DefaultValue("gongkai") String database,
		@DefaultValue("false") boolean isolatedDatabase, @DefaultValue Keycloak keycloak) {

	/**
	 * The embedded Keycloak.
	 *
	 * @param enabled start it when no issuer is named; false leaves
	 * {@code gongkai.oidc.*} to configuration alone
	 * @param port its HTTP port on 127.0.0.1; 0 picks a free one (tests)
	 */
	public record Keycloak(@DefaultValue("true") boolean enabled, @DefaultValue("8180") int port) {
	}

}
