package org.gongkai.tenancy.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tenancy settings.
 *
 * @param rolePrefix prefix of every role the platform creates; PostgreSQL roles belong to
 * the whole server, so by default it is the database's name and an underscore
 * @param appUser the runtime login role: owns nothing, is only a member of the town roles
 * (default {@code <prefix>app})
 * @param appPassword its password, where the server asks for one
 * @param poolSize connections for town work
 * @param platformPoolSize connections for platform tables
 * @param migrationParallelism towns migrated at once by {@code migrate}
 * @param registryRefresh how long this replica trusts its copy of the town registry
 */
@Validated
@ConfigurationProperties("gongkai.tenancy")
record TenancyProperties(@Nullable @Pattern(regexp = "[a-z][a-z0-9_]{0,25}") String rolePrefix,
		@Nullable String appUser, @Nullable String appPassword, @DefaultValue("10") @Min(1) int poolSize,
		@DefaultValue("4") @Min(1) int platformPoolSize, @DefaultValue("2") @Min(1) @Max(32) int migrationParallelism,
		@DefaultValue("PT10S") Duration registryRefresh) {
}
