package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.sql.DriverManager;
import java.util.Properties;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connections under the owner credential, which creates schemas and roles and runs
 * migrations. Deliberately not a {@code DataSource} bean, so nothing injects it by
 * accident and reads town data past the town roles; and not pooled, because migrations
 * switch roles and a pooled connection could carry a town's role to the next borrower.
 * Its work is rare: provisioning, migrations and one check per town at start-up.
 */
final class OwnerDatabase {

	private final String url;

	private final Properties credentials = new Properties();

	OwnerDatabase(JdbcConnectionDetails details) {
		url = details.getJdbcUrl();
		if (details.getUsername() != null) {
			credentials.setProperty("user", details.getUsername());
		}
		if (details.getPassword() != null) {
			credentials.setProperty("password", details.getPassword());
		}
		credentials.setProperty("ApplicationName", "gongkai-owner");
	}

	/** A new physical connection; the caller closes it. */
	Connection connection() throws SQLException {
		return DriverManager.getConnection(url, credentials);
	}

	/** Runs each statement in autocommit mode, in order. */
	void execute(String... statements) {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database setup failed: " + ex.getMessage(), ex);
		}
	}

	String currentDatabase() {
		try (Connection connection = connection();
				Statement statement = connection.createStatement();
				var row = statement.executeQuery("SELECT current_database()")) {
			row.next();
			return row.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database: " + ex.getMessage(), ex);
		}
	}

}
