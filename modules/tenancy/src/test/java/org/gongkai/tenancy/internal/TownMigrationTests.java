package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Several towns, because Liquibase once answered "up to date" for every schema after the
 * first; each schema is checked for its own tables here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TownMigrationTests {

	static final List<String> TOWNS = List.of("mig-a", "mig-b", "mig-c", "mig-d");

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	TownRegistry registry;

	@Autowired
	TenantMigrations migrations;

	@Autowired
	TownSchemas schemas;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void severalTowns() {
		String[] names = { "一镇", "二镇", "三镇", "四镇" };
		for (int i = 0; i < TOWNS.size(); i++) {
			provisioning.provision(TestTowns.town(TOWNS.get(i), names[i]));
		}
	}

	@Test
	void everyTownGetsItsOwnTablesNotJustTheFirst() throws Exception {
		try (Connection owner = TestTowns.asOwner(database); Statement statement = owner.createStatement()) {
			for (String code : TOWNS) {
				ResultSet row = statement.executeQuery("SELECT to_regclass('" + DatabaseRoles.schemaFor(code)
						+ ".audit_entry') IS NOT NULL, (SELECT count(*) FROM " + DatabaseRoles.schemaFor(code)
						+ ".databasechangelog)");
				row.next();
				assertThat(row.getBoolean(1)).as(code).isTrue();
				assertThat(row.getInt(2)).as(code).isEqualTo(migrations.schema(code).expected());
			}
		}
	}

	@Test
	void aTownBehindIsRefusedAloneUntilMigrateAllBringsItBack() throws Exception {
		dropLastMigration("mig-b");
		schemas.verify(registry.require("mig-b"), null);

		assertThat(migrations.schema("mig-b").state()).isEqualTo(SchemaState.BEHIND);
		mvc.perform(get("/api/v1/towns/mig-b"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("乡镇暂不可用"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("二镇")));
		mvc.perform(get("/api/v1/towns/mig-b").header("Accept-Language", "en"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("Town temporarily unavailable"));
		mvc.perform(get("/api/v1/towns/mig-a")).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("一镇"));

		var results = migrations.migrateAll(3);

		assertThat(results).extracting(TenantMigrations.Result::code).containsAll(TOWNS);
		assertThat(results).allSatisfy(result -> assertThat(result.succeeded()).as(result.code()).isTrue());
		assertThat(migrations.schema("mig-b").state()).isEqualTo(SchemaState.CURRENT);
		mvc.perform(get("/api/v1/towns/mig-b")).andExpect(status().isOk());
	}

	@Test
	void aFailedMigrationIsRecordedAndTheTownRefusedWithItsReason() throws Exception {
		dropLastMigration("mig-c");
		try (Connection owner = TestTowns.asOwner(database); Statement statement = owner.createStatement()) {
			// an object in the way makes the migration fail
			statement.execute("CREATE VIEW town_mig_c.audit_entry AS SELECT 1 AS id");
		}

		var result = migrations.migrateAll(2).stream().filter(r -> r.code().equals("mig-c")).findFirst().orElseThrow();

		assertThat(result.succeeded()).isFalse();
		assertThat(result.error()).contains("audit_entry");
		assertThat(migrations.schema("mig-c").state()).isEqualTo(SchemaState.FAILED);
		mvc.perform(get("/api/v1/towns/mig-c"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("升级失败")));
		mvc.perform(get("/api/v1/towns/mig-d")).andExpect(status().isOk());

		try (Connection owner = TestTowns.asOwner(database); Statement statement = owner.createStatement()) {
			statement.execute("DROP VIEW town_mig_c.audit_entry");
		}
		assertThat(migrations.migrateAll(2)).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
		assertThat(migrations.schema("mig-c").state()).isEqualTo(SchemaState.CURRENT);
	}

	@Test
	void unknownTownsAreNotFound() throws Exception {
		mvc.perform(get("/api/v1/towns/nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有代码为 nowhere 的乡镇（街道）。"));
	}

	@Test
	void adminsSeeEachTownsSchemaVersion() throws Exception {
		mvc.perform(get("/actuator/tenants"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'mig-a')].schema.version").value("tenancy-0001-audit-trail"));
	}

	private void dropLastMigration(String code) throws Exception {
		String schema = DatabaseRoles.schemaFor(code);
		try (Connection owner = TestTowns.asOwner(database); Statement statement = owner.createStatement()) {
			statement.execute("DROP TABLE " + schema + ".audit_entry");
			statement.execute("DELETE FROM " + schema + ".databasechangelog WHERE id = 'tenancy-0001-audit-trail'");
		}
	}

}
