package org.gongkai.identity.api;

import java.util.Set;

/**
 * A signed-in member of staff.
 *
 * @param username the Keycloak user name
 * @param roles the realm roles the user holds
 * @param towns codes of the towns (Keycloak organizations) the user belongs to
 */
public record StaffMember(String username, Set<StaffRole> roles, Set<String> towns) {

	public StaffMember {
		roles = Set.copyOf(roles);
		towns = Set.copyOf(towns);
	}

	public boolean has(StaffRole role) {
		return roles.contains(role);
	}

	public boolean belongsTo(String town) {
		return towns.contains(town);
	}

}
