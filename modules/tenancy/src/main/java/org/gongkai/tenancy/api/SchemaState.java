package org.gongkai.tenancy.api;

/** How a town's schema compares with the migrations this application ships. */
public enum SchemaState {

	/** Every migration is applied: the town is served. */
	CURRENT,
	/** Some migrations are missing: refused until {@code migrate} runs. */
	BEHIND,
	/** The last migration failed: refused until it is retried and succeeds. */
	FAILED

}
