package org.gongkai.tenancy.api;

import org.jspecify.annotations.Nullable;

/**
 * What provisioning needs from the identity provider; identity implements it with
 * Keycloak. Every method is idempotent: it finds what exists before it creates anything.
 */
public interface TownIdentity {

	/** The town's organization (alias = town code), created if missing. */
	void ensureOrganization(Town town);

	/**
	 * The town's first administrator ({@code <code>-admin}, role {@code town-admin},
	 * member of the town), with this temporary password that must be changed at first
	 * login. An existing account gets the new temporary password, so a retry hands out a
	 * password that works.
	 * @param email the administrator's e-mail; without one it must be given at first
	 * login
	 */
	void ensureFirstAdmin(Town town, String temporaryPassword, @Nullable String email);

	/** Lets the town's staff sign in, or stops them (suspension, archiving). */
	void setSignInEnabled(Town town, boolean enabled);

	/**
	 * An identity provider that keeps nothing: for tests and tools that provision towns
	 * without signing anyone in.
	 */
	static TownIdentity none() {
		return new TownIdentity() {

			@Override
			public void ensureOrganization(Town town) {
			}

			@Override
			public void ensureFirstAdmin(Town town, String temporaryPassword, @Nullable String email) {
			}

			@Override
			public void setSignInEnabled(Town town, boolean enabled) {
			}

		};
	}

}
