package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.NoTownSelectedException;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.UnknownTownException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Town A cannot see town B: not through the application, and not even with raw SQL under
 * A's role. Checked under the runtime role, which is no superuser, so nothing passes by
 * privilege.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	AuditTrail audit;

	@Autowired
	DatabaseRoles roles;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	DataSource dataSource;

	@BeforeAll
	void twoTowns() {
		provisioning.provision(TestTowns.town("iso-a", "东镇"));
		provisioning.provision(TestTowns.town("iso-b", "西镇"));
	}

	@Test
	void aTownSeesOnlyItsOwnRowsThroughTheApplication() {
		tenants.runAs("iso-a", () -> audit.record("test.written", "A-1", "written by town A"));
		tenants.runAs("iso-b", () -> audit.record("test.written", "B-1", "written by town B"));

		var seenByA = tenants.callAs("iso-a", () -> audit.recent(100));
		var seenByB = tenants.callAs("iso-b", () -> audit.recent(100));

		assertThat(seenByA).extracting("subject").contains("A-1").doesNotContain("B-1");
		assertThat(seenByB).extracting("subject").contains("B-1").doesNotContain("A-1");
	}

	@Test
	void rawSqlUnderTownARoleCannotReadOrWriteTownB() throws SQLException {
		try (Connection connection = TestTowns.asRuntimeRole(database, roles);
				Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE " + DatabaseRoles.quote(roles.roleFor("iso-a")));

			assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM town_iso_b.audit_entry"))
				.isInstanceOfSatisfying(SQLException.class, ex -> assertThat(ex.getSQLState()).isEqualTo("42501"));
			assertThatThrownBy(() -> statement
				.executeUpdate("INSERT INTO town_iso_b.audit_entry (id, occurred_at, actor, action, subject, detail)"
						+ " VALUES (gen_random_uuid(), now(), 'x', 'x', 'x', 'x')"))
				.isInstanceOfSatisfying(SQLException.class, ex -> assertThat(ex.getSQLState()).isEqualTo("42501"));
		}
	}

	@Test
	void theRuntimeRoleReachesNoTownWithoutSwitchingRole() throws SQLException {
		try (Connection connection = TestTowns.asRuntimeRole(database, roles);
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM town_iso_a.audit_entry"))
				.isInstanceOfSatisfying(SQLException.class, ex -> assertThat(ex.getSQLState()).isEqualTo("42501"));
		}
	}

	@Test
	void townDataWithNoTownSelectedFailsLoudly() {
		assertThat(TenantContext.current()).isEmpty();

		assertThatThrownBy(() -> audit.recent(10))
			.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.isInstanceOf(NoTownSelectedException.class));
		assertThatThrownBy(() -> audit.record("test.orphan", "X", "no town"))
			.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.isInstanceOf(NoTownSelectedException.class));
	}

	@Test
	void pooledConnectionsComeBackWithoutTheTownsRoleOrSchema() throws SQLException {
		for (int i = 0; i < 5; i++) {
			tenants.runAs("iso-a", () -> audit.recent(1));
		}

		try (Connection connection = dataSource.getConnection();
				ResultSet row = connection.createStatement()
					.executeQuery("SELECT current_user, current_setting('search_path')")) {
			row.next();
			assertThat(row.getString(1)).isEqualTo(roles.appRole());
			assertThat(row.getString(2)).doesNotContain("town_");
		}
	}

	@Test
	void runAsRestoresThePreviousTownAndRefusesUnknownOnes() {
		String inner = tenants.callAs("iso-a", () -> {
			String nested = tenants.callAs("iso-b", TenantContext::require);
			assertThat(TenantContext.require()).isEqualTo("iso-a");
			return nested;
		});

		assertThat(inner).isEqualTo("iso-b");
		assertThat(TenantContext.current()).isEmpty();
		assertThatThrownBy(() -> tenants.runAs("no-such-town", () -> {
		})).isInstanceOf(UnknownTownException.class);
	}

}
