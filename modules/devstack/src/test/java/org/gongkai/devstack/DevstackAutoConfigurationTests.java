package org.gongkai.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs against the servers named by {@code GONGKAI_DB_URL} and {@code GONGKAI_REDIS_URL}
 * when they are set, else against the embedded ones: both paths must give working
 * connections.
 */
class DevstackAutoConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DevstackAutoConfiguration.class));

	@Test
	void isolatedDatabaseIsUsableAndDroppedWithItsRolesOnShutdown() throws Exception {
		String[] seen = new String[2];
		contexts.withPropertyValues("gongkai.devstack.isolated-database=true").run(context -> {
			JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
			try (Connection connection = connect(details);
					ResultSet row = connection.createStatement().executeQuery("SELECT current_database()")) {
				row.next();
				seen[0] = row.getString(1);
				connection.createStatement().execute("CREATE ROLE " + seen[0] + "_probe NOLOGIN");
			}
			seen[1] = IsolatedDatabase.withDatabase(details.getJdbcUrl(), "postgres");
		});

		assertThat(seen[0]).startsWith(IsolatedDatabase.PREFIX);
		try (Connection server = DriverManager.getConnection(seen[1],
				System.getenv("GONGKAI_DB_USER") != null ? System.getenv("GONGKAI_DB_USER")
						: EmbeddedPostgres.SUPERUSER,
				System.getenv("GONGKAI_DB_PASSWORD"));
				ResultSet left = server.createStatement()
					.executeQuery("SELECT (SELECT count(*) FROM pg_database WHERE datname = '" + seen[0] + "')"
							+ " + (SELECT count(*) FROM pg_roles WHERE rolname LIKE '" + seen[0] + "%')")) {
			left.next();
			assertThat(left.getInt(1)).isZero();
		}
	}

	@Test
	void redisAnswers() {
		contexts.run(context -> {
			var standalone = context.getBean(DataRedisConnectionDetails.class).getStandalone();
			RedisClient client = RedisClient.create(RedisURI.create(standalone.getHost(), standalone.getPort()));
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				assertThat(connection.sync().ping()).isEqualTo("PONG");
			}
			finally {
				client.shutdown();
			}
		});
	}

	@Test
	void parsesRedisUrlsWithCredentialsAndDatabase() {
		var details = RedisServerDetails.parse("redis://app:s3cret@redis.internal:6390/2");

		assertThat(details.getStandalone().getHost()).isEqualTo("redis.internal");
		assertThat(details.getStandalone().getPort()).isEqualTo(6390);
		assertThat(details.getStandalone().getDatabase()).isEqualTo(2);
		assertThat(details.getUsername()).isEqualTo("app");
		assertThat(details.getPassword()).isEqualTo("s3cret");
	}

	@Test
	void swapsTheDatabaseOfAJdbcUrlKeepingItsParameters() {
		assertThat(IsolatedDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?sslmode=disable", "x"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/x?sslmode=disable");
		assertThat(IsolatedDatabase.withDatabase("jdbc:postgresql://db:5432", "x"))
			.isEqualTo("jdbc:postgresql://db:5432/x");
	}

	private static Connection connect(JdbcConnectionDetails details) throws Exception {
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

}
