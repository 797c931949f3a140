package org.gongkai.identity.web;

import java.util.Comparator;
import java.util.List;

import org.gongkai.identity.api.CurrentStaff;
import org.gongkai.identity.api.StaffMember;
import org.gongkai.identity.api.StaffRole;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The staff header on every page: who is signed in, the towns to switch between, admin
 * link.
 */
@ControllerAdvice
class StaffNavigation {

	private final CurrentStaff staff;

	private final TownRegistry registry;

	StaffNavigation(CurrentStaff staff, TownRegistry registry) {
		this.staff = staff;
		this.registry = registry;
	}

	@ModelAttribute("staffNav")
	@Nullable StaffNav staffNav() {
		return staff.current().map(this::navigation).orElse(null);
	}

	/**
	 * The towns a member of staff may open: their own, or every town for the city office.
	 */
	List<Town> townsOf(StaffMember member) {
		return registry.all()
			.stream()
			.filter(town -> member.belongsTo(town.code()) || member.has(StaffRole.CITY_SUPERVISOR))
			.sorted(Comparator.comparing(Town::code))
			.toList();
	}

	private StaffNav navigation(StaffMember member) {
		return new StaffNav(member.username(),
				townsOf(member).stream().map(town -> new TownLink(town.code(), town.name())).toList(),
				TenantContext.current().orElse(null), member.has(StaffRole.PLATFORM_ADMIN),
				member.has(StaffRole.CITY_SUPERVISOR));
	}

	record StaffNav(String username, List<TownLink> towns, @Nullable String currentTown, boolean platformAdmin,
			boolean citySupervisor) {
	}

	record TownLink(String code, String name) {
	}

}
