package org.gongkai.devstack;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/**
 * A standalone Redis server, from a {@code redis://[user:password@]host[:port][/db]} URL.
 */
record RedisServerDetails(String host, int port, int database, @Nullable String username,
		@Nullable String password) implements DataRedisConnectionDetails {

	static RedisServerDetails parse(String url) {
		URI uri = URI.create(url);
		String path = uri.getPath();
		int database = (path == null || path.length() <= 1) ? 0 : Integer.parseInt(path.substring(1));
		String userInfo = uri.getUserInfo();
		String user = null;
		String password = null;
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			user = (colon > 0) ? userInfo.substring(0, colon) : null;
			password = userInfo.substring(colon + 1);
		}
		return new RedisServerDetails(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 6379, database, user,
				password);
	}

	@Override
	public @Nullable String getUsername() {
		return username;
	}

	@Override
	public @Nullable String getPassword() {
		return password;
	}

	@Override
	public Standalone getStandalone() {
		return Standalone.of(host, port, database);
	}

}
