package org.gongkai.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM, shared by every application context in it
 * (tests keep several contexts; each gets its own database on this server). Stopped when
 * the JVM exits.
 */
final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	static final String SUPERUSER = "postgres";

	private static io.zonky.test.db.postgres.embedded.@Nullable EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	/**
	 * The JDBC URL of the given database on the embedded server, starting it if needed.
	 */
	static synchronized String jdbcUrl(@Nullable String dataDir, String database) {
		if (server == null) {
			server = start(dataDir);
		}
		// zonky's own URL carries ?user=postgres, which would override every other
		// credential
		return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
	}

	static void createDatabaseIfMissing(String serverUrl, String database) {
		try (Connection connection = DriverManager.getConnection(serverUrl, SUPERUSER, null);
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (var rows = exists.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				// the name comes from configuration, never from a request; quote it all
				// the same
				create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\" ENCODING 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database + " on the embedded server", ex);
		}
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(@Nullable String dataDir) {
		try {
			var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "300")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8");
			if (dataDir != null && !dataDir.isBlank()) {
				Path dir = Path.of(dataDir, "postgres");
				Files.createDirectories(dir.getParent());
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
			}
			var started = builder.start();
			log.info("Embedded PostgreSQL listening on 127.0.0.1:{}", started.getPort());
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

}
