package org.gongkai.identity.internal;

import java.util.Optional;

import org.gongkai.identity.api.CurrentStaff;
import org.gongkai.identity.api.StaffMember;
import org.gongkai.tenancy.api.ActorResolver;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The signed-in member of staff, and the actor named in audit entries. */
@Component
class SecurityCurrentStaff implements CurrentStaff, ActorResolver {

	@Override
	public Optional<StaffMember> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken || authentication instanceof OAuth2AuthenticationToken) {
			return Optional.of(StaffAuthorities.member(authentication));
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
