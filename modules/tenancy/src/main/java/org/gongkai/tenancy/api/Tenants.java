package org.gongkai.tenancy.api;

import java.util.function.IntSupplier;
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
	/**
	 * Runs the work as each active town in turn, for jobs that visit every town. A town
	 * whose work fails is logged and skipped: one town's trouble (its schema behind, say)
	 * must not hold up the others.
	 * @param what names the work in the log ("re-dating open requests")
	 * @param work answers how many things it changed in the current town
	 * @return the changes in all towns
	 */
	int inEveryActiveTown(String what, IntSupplier work);

	TenantScope enter(String code);

	/** Closing restores the tenant that was current before. */
	interface TenantScope extends AutoCloseable {

		@Override
		void close();

	}

}
