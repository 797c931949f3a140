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
			statement.execute("DROP TABLE town_dianba.audit_entry");
			statement.execute("DELETE FROM town_dianba.databasechangelog");
		}

		int exitCode = MigrateCommand.migrate(migrations, 3);

		assertThat(exitCode).isZero();
		assertThat(migrations.schemas()).hasSizeGreaterThanOrEqualTo(15).allSatisfy(schema -> {
			assertThat(schema.state()).as(schema.code()).isEqualTo(SchemaState.CURRENT);
			assertThat(schema.version()).as(schema.code()).isNotNull();
		});
	}

	@Test
	void reportsFailureWithANonZeroExitCode() throws Exception {
		try (Connection owner = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword()); Statement statement = owner.createStatement()) {
			statement.execute("DROP TABLE town_sangong.audit_entry");
			statement.execute("DELETE FROM town_sangong.databasechangelog");
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
