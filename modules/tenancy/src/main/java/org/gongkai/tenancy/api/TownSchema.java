package org.gongkai.tenancy.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A town's schema as last checked.
 *
 * @param version id of the last migration applied, or none
 * @param applied how many of the expected migrations are applied
 * @param expected how many migrations this application ships
 * @param error why the last migration failed
 */
public record TownSchema(String code, String schemaName, SchemaState state, @Nullable String version, int applied,
		int expected, Instant checkedAt, @Nullable String error) {
}
