package org.gongkai.tenancy.api;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Brings town schemas up to the application's migrations and tells where each one stands.
 */
public interface TenantMigrations {

	/**
	 * Migrates every town, {@code parallelism} at a time; one town's failure does not
	 * stop the others.
	 */
	List<Result> migrateAll(int parallelism);

	/** Each town's schema as last checked, ordered by code. */
	List<TownSchema> schemas();

	TownSchema schema(String code);

	/** One town's outcome of {@link #migrateAll}. */
	record Result(String code, boolean succeeded, @Nullable String version, Duration took, @Nullable String error) {
	}

}
