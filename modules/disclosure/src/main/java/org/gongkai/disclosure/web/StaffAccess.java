package org.gongkai.disclosure.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in member of staff may do in this town's catalogue, so that pages offer
 * only those actions; the controllers' {@code @PreAuthorize} rules and the security chain
 * decide. A city supervisor, not a member, reads only.
 *
 * @param editor drafts, edits and submits ({@code town-editor}, {@code town-admin})
 * @param reviewer sends back, publishes, withdraws, expires and imports
 * ({@code town-reviewer}, {@code town-admin})
 * @param approver passes the confidentiality review ({@code town-reviewer} only)
 */
record StaffAccess(boolean editor, boolean reviewer, boolean approver) {

	static final String EDITORS = "hasAnyRole('town-editor', 'town-admin')";

	static final String REVIEWERS = "hasAnyRole('town-reviewer', 'town-admin')";

	static final String APPROVERS = "hasRole('town-reviewer')";

	static final String STAFF = "hasAnyRole('town-editor', 'town-reviewer', 'town-admin')";

	static StaffAccess of(Authentication authentication, String town) {
		Set<String> granted = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (!granted.contains("TOWN_" + town)) {
			return new StaffAccess(false, false, false);
		}
		boolean admin = granted.contains("ROLE_town-admin");
		boolean reviewer = granted.contains("ROLE_town-reviewer");
		return new StaffAccess(admin || granted.contains("ROLE_town-editor"), admin || reviewer, reviewer);
	}

	boolean staff() {
		return editor || reviewer;
	}

}
