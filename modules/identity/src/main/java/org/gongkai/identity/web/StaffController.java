package org.gongkai.identity.web;

import java.util.List;

import org.gongkai.identity.api.CurrentStaff;
import org.gongkai.identity.api.StaffMember;
import org.gongkai.identity.api.StaffRole;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where staff land after signing in: straight into their town, or a choice of towns for
 * someone who works for several (and for the city office); switching is a link away.
 */
@Controller
class StaffController {

	static final String VIEW_CHOOSE = "identity/choose-town";

	static final String VIEW_TOWN = "identity/town-home";

	private final CurrentStaff staff;

	private final TownRegistry registry;

	private final AuditTrail audit;

	private final StaffNavigation navigation;

	StaffController(CurrentStaff staff, TownRegistry registry, AuditTrail audit, StaffNavigation navigation) {
		this.staff = staff;
		this.registry = registry;
		this.audit = audit;
		this.navigation = navigation;
	}

	@GetMapping("/staff")
	String home(Model model) {
		StaffMember member = signedIn();
		List<Town> towns = navigation.townsOf(member);
		if (towns.isEmpty() && member.has(StaffRole.PLATFORM_ADMIN)) {
			return "redirect:/admin/tenants";
		}
		if (towns.size() == 1 && !member.has(StaffRole.CITY_SUPERVISOR)) {
			return "redirect:/staff/towns/" + towns.get(0).code();
		}
		model.addAttribute("towns", towns);
		model.addAttribute("citySupervisor", member.has(StaffRole.CITY_SUPERVISOR));
		return VIEW_CHOOSE;
	}

	/**
	 * The town's workspace; the security chain checked the caller may be here, tenancy
	 * made it current.
	 */
	@GetMapping("/staff/towns/{code}")
	String town(@PathVariable String code, Model model) {
		StaffMember member = signedIn();
		model.addAttribute("town", registry.require(code));
		model.addAttribute("roles",
				member.roles()
					.stream()
					.filter(role -> member.belongsTo(code) ? role.townScoped() : role == StaffRole.CITY_SUPERVISOR)
					.map(StaffRole::roleName)
					.sorted()
					.toList());
		model.addAttribute("audit", audit.recent(20));
		return VIEW_TOWN;
	}

	private StaffMember signedIn() {
		return staff.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

}
