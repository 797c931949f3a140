package org.gongkai.identity.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Keycloak realm ({@code GONGKAI_OIDC_ISSUER} and friends; devstack supplies them
 * when nothing is configured).
 *
 * @param issuer the realm's issuer URI, exactly as tokens carry it
 * @param audience the audience every token for this platform must carry
 * @param adminClientId service-account client for the admin REST API
 * @param webClientId confidential client for staff screens
 */
@ConfigurationProperties("gongkai.oidc")
record OidcProperties(String issuer, @DefaultValue("gongkai") String audience, @Nullable String adminClientId,
		@Nullable String adminClientSecret, @Nullable String webClientId, @Nullable String webClientSecret) {
}
