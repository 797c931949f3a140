package org.gongkai.identity.internal;

import java.util.Optional;

import org.gongkai.identity.api.CurrentStaff;
import org.gongkai.identity.api.StaffMember;
import org.gongkai.tenancy.api.ActorResolver;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The signed-in member of staff, and the actor named in audit entries. */
@Component
class SecurityCurrentStaff implements CurrentStaff, ActorResolver {

	@Override
	public Optional<StaffMember> current() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
			return Optional.of(StaffAuthorities.member(token));
		}
		return Optional.empty();
	}

	@Override
	public String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) ? authentication.getName() : SYSTEM;
	}

}
