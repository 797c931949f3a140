/**
 * The servers the platform runs on: PostgreSQL, Redis and Keycloak named by
 * {@code GONGKAI_*} variables, or embedded ones started here when none are named. Hands
 * the databases to Spring Boot as {@code ConnectionDetails} and Keycloak as
 * {@code gongkai.oidc.*} settings, so no other module knows where they came from.
 */
@NullMarked
package org.gongkai.devstack;

import org.jspecify.annotations.NullMarked;
