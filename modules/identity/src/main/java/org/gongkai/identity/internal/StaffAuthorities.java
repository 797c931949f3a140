package org.gongkai.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.identity.api.StaffMember;
import org.gongkai.identity.api.StaffRole;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a Keycloak token: realm roles ({@code realm_access.roles}) become {@code ROLE_*}
 * authorities, the towns the user belongs to ({@code towns}, Keycloak organization
 * aliases) become {@code TOWN_*} authorities, and {@code preferred_username} names the
 * user.
 */
final class StaffAuthorities implements Converter<Jwt, JwtAuthenticationToken> {

	static final String TOWN_PREFIX = "TOWN_";

	static final String TOWNS_CLAIM = "towns";

	@Override
	public JwtAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		towns(jwt).forEach(town -> authorities.add(new SimpleGrantedAuthority(TOWN_PREFIX + town)));
		String username = jwt.getClaimAsString("preferred_username");
		return new JwtAuthenticationToken(jwt, authorities, (username != null) ? username : jwt.getSubject());
	}

	/**
	 * The member of staff behind any signed-in authentication: bearer token or staff
	 * session.
	 */
	static StaffMember member(Authentication authentication) {
		Set<StaffRole> roles = new HashSet<>();
		Set<String> towns = new HashSet<>();
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			if (authority == null) {
				continue;
			}
			if (authority.startsWith(TOWN_PREFIX)) {
				towns.add(authority.substring(TOWN_PREFIX.length()));
			}
			else if (authority.startsWith("ROLE_")) {
				StaffRole.ofRoleName(authority.substring("ROLE_".length())).ifPresent(roles::add);
			}
		}
		return new StaffMember(authentication.getName(), roles, towns);
	}

	private static Set<StaffRole> roles(Jwt jwt) {
		Set<StaffRole> roles = new HashSet<>();
		if (jwt.getClaim("realm_access") instanceof Map<?, ?> access
				&& access.get("roles") instanceof Collection<?> names) {
			names.forEach(name -> StaffRole.ofRoleName(String.valueOf(name)).ifPresent(roles::add));
		}
		return roles;
	}

	private static Set<String> towns(Jwt jwt) {
		Set<String> towns = new HashSet<>();
		if (jwt.getClaim(TOWNS_CLAIM) instanceof Collection<?> codes) {
			codes.forEach(code -> towns.add(String.valueOf(code)));
		}
		return towns;
	}

}
