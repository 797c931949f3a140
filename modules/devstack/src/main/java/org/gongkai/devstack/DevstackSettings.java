package org.gongkai.devstack;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded servers behave.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data between runs; none means a
 * fresh temporary cluster that disappears with the JVM
 * @param database the database the platform uses on the server
 * @param isolatedDatabase create a fresh, uniquely named database for this application
 * context and drop it (with the roles named after it) on shutdown; tests use this so that
 * runs never see each other's towns, whichever server they run against
 */
@ConfigurationProperties("gongkai.devstack")
public record DevstackSettings(@Nullable String dataDir, @DefaultValue("gongkai") String database,
		@DefaultValue("false") boolean isolatedDatabase) {
}
