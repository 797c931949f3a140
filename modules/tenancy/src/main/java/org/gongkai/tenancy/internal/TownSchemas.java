package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownSchema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Where each town's schema stands against the tenant changelog this application ships.
 * Start-up checks every town with one query each (the ids in its
 * {@code databasechangelog}), never with Liquibase, so start-up time does not grow with
 * the number of migrations. The result is kept here for the request path and written to
 * the registry for admins.
 */
@Component
class TownSchemas implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TownSchemas.class);

	private final OwnerDatabase owner;

	private final JdbcTownRegistry registry;

	private final Clock clock;

	private final List<String> expected;

	private final Map<String, TownSchema> states = new ConcurrentHashMap<>();

	TownSchemas(OwnerDatabase owner, JdbcTownRegistry registry, LiquibaseRunner liquibase, Clock clock) {
		this.owner = owner;
		this.registry = registry;
		this.clock = clock;
		this.expected = liquibase.changesetIds(LiquibaseRunner.TENANT_CHANGELOG);
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Town> towns = registry.all();
		try (Connection connection = owner.connection()) {
			for (Town town : towns) {
				record(check(connection, town, registry.lastMigrationError(town.code())));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot check the town schemas: " + ex.getMessage(), ex);
		}
		long current = states.values().stream().filter(s -> s.state() == SchemaState.CURRENT).count();
		log.info("Checked {} town schemas: {} current, {} not", towns.size(), current, towns.size() - current);
	}

	/**
	 * The town's schema as last checked; checked now if this replica has not seen the
	 * town yet.
	 */
	TownSchema get(Town town) {
		TownSchema state = states.get(town.code());
		return (state != null) ? state : verify(town, null);
	}

	List<TownSchema> all() {
		return List.copyOf(states.values());
	}

	/**
	 * Checks the town now; a failure message marks the state FAILED unless the schema is
	 * current.
	 */
	TownSchema verify(Town town, @Nullable String failure) {
		try (Connection connection = owner.connection()) {
			return record(check(connection, town, failure));
		}
		catch (SQLException ex) {
			return record(new TownSchema(town.code(), town.schemaName(), SchemaState.FAILED, null, 0, expected.size(),
					clock.instant(), ex.getMessage()));
		}
	}

	private TownSchema check(Connection connection, Town town, @Nullable String failure) throws SQLException {
		Set<String> applied = new LinkedHashSet<>();
		try (Statement statement = connection.createStatement()) {
			// no changelog table yet is simply "nothing applied"
			statement.execute("SET lock_timeout = '5s'");
			var exists = statement.executeQuery("SELECT to_regclass('" + town.schemaName() + ".databasechangelog')");
			exists.next();
			if (exists.getString(1) != null) {
				var rows = statement.executeQuery("SELECT id FROM " + DatabaseRoles.quote(town.schemaName())
						+ ".databasechangelog ORDER BY orderexecuted");
				while (rows.next()) {
					applied.add(rows.getString(1));
				}
			}
		}
		List<String> missing = new ArrayList<>(expected);
		missing.removeAll(applied);
		SchemaState state = missing.isEmpty() ? SchemaState.CURRENT
				: (failure != null) ? SchemaState.FAILED : SchemaState.BEHIND;
		String version = applied.isEmpty() ? null : List.copyOf(applied).get(applied.size() - 1);
		return new TownSchema(town.code(), town.schemaName(), state, version, expected.size() - missing.size(),
				expected.size(), clock.instant(), (state == SchemaState.CURRENT) ? null : failure);
	}

	private TownSchema record(TownSchema schema) {
		states.put(schema.code(), schema);
		registry.recordSchema(schema);
		return schema;
	}

}
