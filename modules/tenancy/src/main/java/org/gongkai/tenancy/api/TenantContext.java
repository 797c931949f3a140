package org.gongkai.tenancy.api;

import java.util.Optional;

import org.gongkai.tenancy.internal.CurrentTown;

/**
 * The town the current thread works for. Set only by tenancy (from the request URL, the
 * authenticated principal or {@link Tenants}); everyone else reads it.
 */
public final class TenantContext {

	private TenantContext() {
	}

	public static Optional<String> current() {
		return Optional.ofNullable(CurrentTown.get());
	}

	/**
	 * The current town's code, or {@link NoTownSelectedException}: tenant data without a
	 * town is a bug.
	 */
	public static String require() {
		String code = CurrentTown.get();
		if (code == null) {
			throw new NoTownSelectedException();
		}
		return code;
	}

}
