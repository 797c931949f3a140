package org.gongkai.tenancy.api;

/** Where a town stands in its life on the platform. */
public enum TownStatus {

	/** Being created; not usable yet. */
	PROVISIONING,
	/** In service. */
	ACTIVE,
	/** Paused by a platform admin; staff cannot work in it. */
	SUSPENDED,
	/** Read-only for ever; what it published stays public. */
	ARCHIVED,
	/** Provisioning stopped at a failed step; retrying completes it. */
	FAILED

}
