package org.gongkai.tenancy.api;

/**
 * Who is acting, for audit entries. Without an implementation (no one signed in, jobs,
 * the {@code migrate} command) the actor is {@code system}; identity provides the
 * signed-in user.
 */
@FunctionalInterface
public interface ActorResolver {

	String SYSTEM = "system";

	String currentActor();

}
