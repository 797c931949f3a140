package org.gongkai.tenancy.api;

import org.jspecify.annotations.Nullable;

/**
 * The first administrator of a new town.
 *
 * @param temporaryPassword handed to the administrator once; must be changed at first
 * login
 * @param email where the administrator is reached; without one it is asked for at first
 * login
 */
public record FirstAdmin(String temporaryPassword, @Nullable String email) {

	@Override
	public String toString() {
		return "FirstAdmin[email=" + email + "]";
	}

}
