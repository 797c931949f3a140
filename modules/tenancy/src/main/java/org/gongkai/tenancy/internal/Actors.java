package org.gongkai.tenancy.internal;

import org.gongkai.tenancy.api.ActorResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who is acting now: the signed-in user where identity provides one, else {@code system}.
 */
@Component
class Actors {

	private final ObjectProvider<ActorResolver> resolvers;

	Actors(ObjectProvider<ActorResolver> resolvers) {
		this.resolvers = resolvers;
	}

	String current() {
		ActorResolver resolver = resolvers.getIfAvailable();
		return (resolver != null) ? resolver.currentActor() : ActorResolver.SYSTEM;
	}

}
