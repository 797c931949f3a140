package org.gongkai.tenancy.api;

import java.util.function.Supplier;

/**
 * Runs work as one town. Code that has no request to take the town from (listeners, jobs,
 * commands) names the town here, and only here.
 */
public interface Tenants {

	/**
	 * Runs the work with the town as the current tenant, then restores whatever was
	 * current.
	 * @throws UnknownTownException when there is no such town
	 * @throws TownUnavailableException when the town's schema is not current
	 */
	<T> T callAs(String code, Supplier<T> work);

	default void runAs(String code, Runnable work) {
		callAs(code, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Makes the town current until the returned scope is closed; for filters and
	 * interceptors whose work does not fit in a callback.
	 */
	TenantScope enter(String code);

	/** Closing restores the tenant that was current before. */
	interface TenantScope extends AutoCloseable {

		@Override
		void close();

	}

}
