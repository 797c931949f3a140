package org.gongkai.devstack;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Chooses the PostgreSQL and Redis servers: the ones named by {@code GONGKAI_*}
 * variables, else embedded ones. Either way the rest of the platform sees only Boot's
 * {@code ConnectionDetails}.
 */
@AutoConfiguration(before = { DataSourceAutoConfiguration.class, DataRedisAutoConfiguration.class })
@EnableConfigurationProperties({ DatabaseSettings.class, RedisSettings.class, DevstackSettings.class })
public class DevstackAutoConfiguration {

	@Bean
	JdbcConnectionDetails jdbcConnectionDetails(DatabaseSettings db, DevstackSettings devstack) {
		String url;
		@Nullable String user;
		@Nullable String password;
		if (db.external()) {
			url = db.url();
			user = db.user();
			password = db.password();
		}
		else {
			url = EmbeddedPostgres.jdbcUrl(devstack.dataDir(), "postgres");
			user = EmbeddedPostgres.SUPERUSER;
			password = null;
		}
		if (devstack.isolatedDatabase()) {
			return DatabaseServer.isolated(IsolatedDatabase.create(url, user, password), user, password);
		}
		if (!db.external()) {
			EmbeddedPostgres.createDatabaseIfMissing(url, devstack.database());
			url = IsolatedDatabase.withDatabase(url, devstack.database());
		}
		return DatabaseServer.shared(url, user, password);
	}

	@Bean
	DataRedisConnectionDetails redisConnectionDetails(RedisSettings redis) {
		if (!redis.external()) {
			return new RedisServerDetails("127.0.0.1", EmbeddedRedis.port(), 0, null, null);
		}
		return RedisServerDetails.parse(redis.url());
	}

}
