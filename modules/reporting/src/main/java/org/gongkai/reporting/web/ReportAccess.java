package org.gongkai.reporting.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in person may do with the town's annual reports: its admin and editors
 * enter table 二 and write the texts, its admin imports earlier years' reports; everyone
 * else the security chain lets in (the town's other staff, the city office) reads; the
 * city office reviews what the town submitted.
 */
record ReportAccess(boolean editor, boolean admin, boolean city) {

	static final String EDITORS = "hasAnyRole('town-admin', 'town-editor')";

	static final String ADMINS = "hasRole('town-admin')";

	static ReportAccess of(Authentication staff, String town) {
		Set<String> granted = staff.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean city = granted.contains("ROLE_city-supervisor");
		if (!granted.contains("TOWN_" + town)) {
			return new ReportAccess(false, false, city);
		}
		boolean admin = granted.contains("ROLE_town-admin");
		return new ReportAccess(admin || granted.contains("ROLE_town-editor"), admin, city);
	}

}
