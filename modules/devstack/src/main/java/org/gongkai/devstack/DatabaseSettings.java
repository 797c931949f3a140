package org.gongkai.devstack;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL server to use ({@code GONGKAI_DB_URL}, {@code GONGKAI_DB_USER},
 * {@code GONGKAI_DB_PASSWORD}). The user is the owner credential: it creates schemas and
 * roles. Without a URL an embedded server is started.
 */
@ConfigurationProperties("gongkai.db")
public record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password) {

	boolean external() {
		return url != null && !url.isBlank();
	}

}
