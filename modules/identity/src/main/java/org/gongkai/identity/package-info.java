/**
 * Who is calling: Spring Security with Keycloak. Bearer tokens for the API (stateless),
 * the realm's roles as authorities, the token's towns as the towns the caller may work
 * in. Only this module configures Spring Security or speaks to Keycloak.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.gongkai.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
