package org.gongkai.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.TenantMigrations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MigrateCommandTests {

	@Autowired
	TenantMigrations migrations;

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void migratesEveryTownInParallelAndBringsBackOneThatFellBehind() throws Exception {
		try (Connection owner = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword()); Statement statement = owner.createStatement()) {
			emptySchema(statement, "town_dianba");
		}

		int exitCode = MigrateCommand.migrate(migrations, 3);

		assertThat(exitCode).isZero();
		assertThat(migrations.schemas()).hasSizeGreaterThanOrEqualTo(15).allSatisfy(schema -> {
			assertThat(schema.state()).as(schema.code()).isEqualTo(SchemaState.CURRENT);
			assertThat(schema.version()).as(schema.code()).isNotNull();
		});
	}

	/** A town whose schema lost everything: as far behind as it can be. */
	private static void emptySchema(Statement statement, String schema) throws Exception {
		var owner = statement
			.executeQuery("SELECT nspowner::regrole FROM pg_namespace WHERE nspname = '" + schema + "'");
		owner.next();
		String role = owner.getString(1);
		statement.execute("DROP SCHEMA " + schema + " CASCADE");
		statement.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + role);
	}

	@Test
	void reportsFailureWithANonZeroExitCode() throws Exception {
		try (Connection owner = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword()); Statement statement = owner.createStatement()) {
			emptySchema(statement, "town_sangong");
			// an object in the way of the first migration
			statement.execute("CREATE VIEW town_sangong.audit_entry AS SELECT 1 AS id");
		}
		try {
			assertThat(MigrateCommand.migrate(migrations, 2)).isEqualTo(1);
			assertThat(migrations.schema("sangong").state()).isEqualTo(SchemaState.FAILED);
		}
		finally {
			try (Connection owner = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
					database.getPassword()); Statement statement = owner.createStatement()) {
				statement.execute("DROP VIEW town_sangong.audit_entry");
			}
			assertThat(MigrateCommand.migrate(migrations, 2)).isZero();
		}
	}

}
