package org.gongkai.tenancy.api;

/** The steps of provisioning a town, in order. Each one is idempotent. */
public enum ProvisioningStep {

	/** The row in {@code platform.town}. */
	REGISTRY,
	/** The town's NOLOGIN role, and the runtime role's membership of it. */
	ROLE,
	/** Schema {@code town_<code>}, owned by the role. */
	SCHEMA,
	/** The tenant changelog, applied as the town's role. */
	MIGRATIONS,
	/** The town's Keycloak organization. */
	ORGANIZATION,
	/** The town's first administrator, with a temporary password. */
	FIRST_ADMIN,
	/** Status ACTIVE: the town is in service. */
	ACTIVATION

}
