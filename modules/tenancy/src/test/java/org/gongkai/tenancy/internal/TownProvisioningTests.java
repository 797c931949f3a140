package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.ResultSet;

import org.gongkai.tenancy.api.InvalidTownException;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.TownConflictException;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class TownProvisioningTests {

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	TownRegistry registry;

	@Autowired
	TenantMigrations migrations;

	@Autowired
	DatabaseRoles roles;

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void createsTheTownsSchemaOwnedByItsOwnNologinRoleWithItsTables() throws Exception {
		var town = provisioning.provision(TestTowns.town("provision-a", "甲镇"));

		assertThat(town.status()).isEqualTo(TownStatus.ACTIVE);
		assertThat(town.schemaName()).isEqualTo("town_provision_a");
		assertThat(migrations.schema("provision-a").state()).isEqualTo(SchemaState.CURRENT);
		try (Connection owner = TestTowns.asOwner(database); ResultSet row = owner.createStatement().executeQuery("""
				SELECT r.rolname, r.rolcanlogin, to_regclass('town_provision_a.audit_entry') IS NOT NULL,
				       (SELECT tableowner FROM pg_tables WHERE schemaname = 'town_provision_a'
				        AND tablename = 'audit_entry')
				FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
				WHERE n.nspname = 'town_provision_a'
				""")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getString(1)).isEqualTo(roles.roleFor("provision-a"));
			assertThat(row.getBoolean(2)).isFalse();
			assertThat(row.getBoolean(3)).isTrue();
			assertThat(row.getString(4)).isEqualTo(roles.roleFor("provision-a"));
		}
	}

	@Test
	void provisioningTheSameTownTwiceIsHarmless() {
		NewTown town = TestTowns.town("provision-twice", "乙镇");
		var first = provisioning.provision(town);
		int towns = registry.all().size();

		var second = provisioning.provision(town);

		assertThat(second).isEqualTo(registry.require("provision-twice"));
		assertThat(second.createdAt()).isEqualTo(first.createdAt());
		assertThat(second.status()).isEqualTo(TownStatus.ACTIVE);
		assertThat(registry.all()).hasSize(towns);
	}

	@Test
	void refusesMalformedFieldsNamingEachOneAndCreatesNothing() {
		var bad = new NewTown("Bad_Code!", "Town", TownKind.TOWNSHIP, "65230110", "113708280043326002");

		assertThatThrownBy(() -> provisioning.provision(bad)).isInstanceOfSatisfying(InvalidTownException.class,
				ex -> assertThat(ex.errors()).extracting(InvalidTownException.FieldError::field)
					.containsExactly("code", "name", "divisionCode", "creditCode"));
		assertThat(registry.find("bad_code!")).isEmpty();
	}

	@Test
	void refusesACodeTakenByAnotherTown() {
		provisioning.provision(TestTowns.town("provision-taken", "丙镇"));

		assertThatThrownBy(() -> provisioning.provision(TestTowns.town("provision-taken", "丁镇")))
			.isInstanceOfSatisfying(TownConflictException.class,
					ex -> assertThat(ex.getBody().getProperties()).containsEntry("field", "code"));
		assertThat(registry.require("provision-taken").name()).isEqualTo("丙镇");
	}

	@Test
	void refusesADivisionCodeOfAnotherTown() {
		var first = provisioning.provision(TestTowns.town("provision-div-a", "戊镇"));
		var clash = TestTowns.town("provision-div-b", "己镇");

		assertThatThrownBy(() -> provisioning
			.provision(new NewTown(clash.code(), clash.name(), clash.kind(), first.divisionCode(), clash.creditCode())))
			.isInstanceOf(TownConflictException.class);
		assertThat(registry.find("provision-div-b")).isEmpty();
	}

	@Test
	void refusesCodesThatWouldNotMakeSafeNames() {
		for (String code : new String[] { "a", "-ab", "ab-", "ab_c", "ab\"c", "a".repeat(33) }) {
			var town = TestTowns.town(code, "庚镇");
			assertThatThrownBy(() -> provisioning.provision(town)).as(code).isInstanceOf(InvalidTownException.class);
		}
	}

}
