package org.gongkai.tenancy.api;

/**
 * Suspending, resuming and archiving towns. Each change is audited and takes effect on
 * the town's staff at their next request.
 */
public interface TownLifecycle {

	/** Staff can no longer sign in or work; the portal says the service is paused. */
	Town suspend(String code, String reason);

	/** Back in service after a suspension. */
	Town resume(String code);

	/** Read-only for ever; what the town published stays public. Cannot be undone. */
	Town archive(String code, String reason);

}
