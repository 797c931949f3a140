package org.gongkai.devstack;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Redis server to use ({@code GONGKAI_REDIS_URL},
 * {@code redis://[user:password@]host:port[/db]}). Without a URL an embedded server is
 * started.
 */
@ConfigurationProperties("gongkai.redis")
public record RedisSettings(@Nullable String url) {

	boolean external() {
		return url != null && !url.isBlank();
	}

}
