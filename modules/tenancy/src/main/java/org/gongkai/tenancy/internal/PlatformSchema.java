package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.Statement;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the shared part of the database into shape at start-up, under the owner
 * credential: the runtime login role, schema {@code platform} and its migrations, and the
 * runtime role's rights on it. The runtime role is NOINHERIT: it can reach a town's
 * tables only after {@code SET ROLE} to that town's role, never by accident.
 */
final class PlatformSchema {

	static final String SCHEMA = "platform";

	/**
	 * The city's read model (module supervision): created here, its tables come from the
	 * platform changelog, so that the runtime role gets its rights the same way.
	 */
	static final String READ_MODEL_SCHEMA = "supervision";

	private static final Logger log = LoggerFactory.getLogger(PlatformSchema.class);

	private final OwnerDatabase owner;

	private final DatabaseRoles roles;

	private final LiquibaseRunner liquibase;

	PlatformSchema(OwnerDatabase owner, DatabaseRoles roles, LiquibaseRunner liquibase) {
		this.owner = owner;
		this.roles = roles;
		this.liquibase = liquibase;
	}

	void prepare(@Nullable String appPassword) {
		String app = DatabaseRoles.quote(roles.appRole());
		owner.execute(createRoleIfMissing(roles.appRole(), "LOGIN NOINHERIT NOCREATEDB NOCREATEROLE"
				+ ((appPassword != null) ? " PASSWORD " + literal(appPassword) : "")));
		owner.execute("GRANT CONNECT ON DATABASE " + DatabaseRoles.quote(owner.currentDatabase()) + " TO " + app,
				"CREATE SCHEMA IF NOT EXISTS " + SCHEMA, "CREATE SCHEMA IF NOT EXISTS " + READ_MODEL_SCHEMA);
		try (Connection connection = owner.connection(); Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO " + SCHEMA);
			liquibase.update(connection, SCHEMA, LiquibaseRunner.PLATFORM_CHANGELOG);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Migrating schema platform failed: " + ex.getMessage(), ex);
		}
		owner.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + app,
				"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + SCHEMA + " TO " + app,
				"REVOKE ALL ON " + SCHEMA + ".databasechangelog, " + SCHEMA + ".databasechangeloglock FROM " + app,
				"GRANT USAGE ON SCHEMA " + READ_MODEL_SCHEMA + " TO " + app,
				"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + READ_MODEL_SCHEMA + " TO " + app);
		log.info("Schema platform is current; runtime role {}", roles.appRole());
	}

	/** Idempotent, and safe when two replicas race to create the same role. */
	static String createRoleIfMissing(String role, String options) {
		return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = " + literal(role) + ") THEN "
				+ "CREATE ROLE " + DatabaseRoles.quote(role) + " " + options + "; END IF; "
				+ "EXCEPTION WHEN duplicate_object THEN NULL; END $$";
	}

	private static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
