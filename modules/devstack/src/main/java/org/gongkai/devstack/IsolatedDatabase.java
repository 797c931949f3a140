package org.gongkai.devstack;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database of its own for one application context, on whatever server the tests use.
 * PostgreSQL roles belong to the whole server, so the platform names its roles after the
 * database; dropping the database and the roles that start with its name leaves the
 * server as it was. Databases that a killed run left behind are swept when they are older
 * than {@link #STALE}.
 */
final class IsolatedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(IsolatedDatabase.class);

	static final String PREFIX = "gongkai_t_";

	private static final Duration STALE = Duration.ofHours(6);

	private static final Pattern NAME = Pattern.compile(PREFIX + "([0-9a-z]+)_[0-9a-z]+");

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

	private final String serverUrl;

	private final @Nullable String user;

	private final @Nullable String password;

	private final String name;

	private IsolatedDatabase(String serverUrl, @Nullable String user, @Nullable String password, String name) {
		this.serverUrl = serverUrl;
		this.user = user;
		this.password = password;
		this.name = name;
	}

	static IsolatedDatabase create(String jdbcUrl, @Nullable String user, @Nullable String password) {
		String name = PREFIX + Long.toString(Instant.now().getEpochSecond(), 36) + "_"
				+ Integer.toString(new SecureRandom().nextInt(36 * 36 * 36 * 36), 36);
		var database = new IsolatedDatabase(jdbcUrl, user, password, name);
		database.sweepStale();
		database.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		log.info("Created isolated database {}", name);
		return database;
	}

	String jdbcUrl() {
		return withDatabase(serverUrl, name);
	}

	static String withDatabase(String jdbcUrl, String database) {
		Matcher matcher = URL.matcher(jdbcUrl);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
		String query = matcher.group(3);
		return matcher.group(1) + "/" + database + (query != null ? query : "");
	}

	@Override
	public void close() {
		drop(name);
	}

	private void sweepStale() {
		long cutoff = Instant.now().minus(STALE).getEpochSecond();
		for (String stale : query("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			Matcher matcher = NAME.matcher(stale);
			if (matcher.matches() && Long.parseLong(matcher.group(1), 36) < cutoff) {
				drop(stale);
			}
		}
	}

	private void drop(String database) {
		try {
			execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			for (String role : query("SELECT rolname FROM pg_roles WHERE rolname LIKE '" + database + "\\_%'")) {
				execute("DROP ROLE IF EXISTS \"" + role + "\"");
			}
			log.info("Dropped isolated database {} and its roles", database);
		}
		catch (RuntimeException ex) {
			log.warn("Could not drop isolated database {}", database, ex);
		}
	}

	private void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed on the test database server: " + sql, ex);
		}
	}

	private List<String> query(String sql) {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed on the test database server: " + sql, ex);
		}
	}

	private Connection connect() throws SQLException {
		var properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(serverUrl, properties);
	}

}
