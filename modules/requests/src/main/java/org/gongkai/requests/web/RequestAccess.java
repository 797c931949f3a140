package org.gongkai.requests.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in person may do with the town's requests: officers handle them and
 * write decisions, reviewers approve decisions and extensions; both see applicants'
 * personal data. Other town staff and the city office read, masked.
 */
record RequestAccess(boolean officer, boolean reviewer) {

	static final String HANDLERS = "hasAnyRole('request-officer', 'town-reviewer')";

	static final String OFFICERS = "hasRole('request-officer')";

	static final String REVIEWERS = "hasRole('town-reviewer')";

	static RequestAccess of(Authentication staff, String town) {
		Set<String> granted = staff.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (!granted.contains("TOWN_" + town)) {
			return new RequestAccess(false, false);
		}
		return new RequestAccess(granted.contains("ROLE_request-officer"), granted.contains("ROLE_town-reviewer"));
	}

	public boolean seesPersonalData() {
		return officer || reviewer;
	}

	public boolean handles() {
		return officer || reviewer;
	}

}
