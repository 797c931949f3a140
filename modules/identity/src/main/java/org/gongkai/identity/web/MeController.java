package org.gongkai.identity.web;

import java.util.List;

import org.gongkai.identity.api.CurrentStaff;
import org.gongkai.identity.api.StaffMember;
import org.gongkai.identity.api.StaffRole;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/towns/{code}/me}: the first town-scoped staff endpoint, and the
 * pattern for the others: the security chain has already checked the caller may read this
 * town, the tenancy interceptor has made the town current.
 */
@RestController
class MeController {

	private final CurrentStaff staff;

	MeController(CurrentStaff staff) {
		this.staff = staff;
	}

	@GetMapping("/api/v1/towns/{code}/me")
	MeView me(@PathVariable String code) {
		StaffMember member = staff.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
		List<String> roles = member.roles()
			.stream()
			.filter(role -> member.belongsTo(code) ? role.townScoped() : role == StaffRole.CITY_SUPERVISOR)
			.map(StaffRole::roleName)
			.sorted()
			.toList();
		return new MeView(member.username(), code, roles, member.has(StaffRole.CITY_SUPERVISOR));
	}

	/**
	 * @param roles the caller's roles in this town
	 * @param citySupervisor whether the caller reads this town as the city office
	 */
	record MeView(String username, String town, List<String> roles, boolean citySupervisor) {
	}

}
