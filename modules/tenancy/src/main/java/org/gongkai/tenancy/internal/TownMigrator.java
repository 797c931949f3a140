package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownSchema;
import org.gongkai.tenancy.api.UnknownTownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Applies the tenant changelog to town schemas, as the town's own role so that every
 * table it creates belongs to that role. Each run is checked afterwards against the
 * changelog rather than trusted.
 */
@Component
class TownMigrator implements TenantMigrations {

	private static final Logger log = LoggerFactory.getLogger(TownMigrator.class);

	private final OwnerDatabase owner;

	private final DatabaseRoles roles;

	private final LiquibaseRunner liquibase;

	private final JdbcTownRegistry registry;

	private final TownSchemas schemas;

	TownMigrator(OwnerDatabase owner, DatabaseRoles roles, LiquibaseRunner liquibase, JdbcTownRegistry registry,
			TownSchemas schemas) {
		this.owner = owner;
		this.roles = roles;
		this.liquibase = liquibase;
		this.registry = registry;
		this.schemas = schemas;
	}

	/** Migrates one town; a failure is recorded on the town and returned, not thrown. */
	TownSchema migrate(Town town) {
		String role = DatabaseRoles.quote(roles.roleFor(town.code()));
		try (Connection connection = owner.connection(); Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE " + role + "; SET search_path TO " + DatabaseRoles.quote(town.schemaName()));
			liquibase.update(connection, town.schemaName(), LiquibaseRunner.TENANT_CHANGELOG);
		}
		catch (Exception ex) {
			log.error("Migrating town {} failed", town.code(), ex);
			return schemas.verify(town, rootMessage(ex));
		}
		TownSchema schema = schemas.verify(town, "Liquibase reported success but changesets are missing");
		log.info("Town {} schema {}: {} of {} migrations applied", town.code(), schema.state(), schema.applied(),
				schema.expected());
		return schema;
	}

	@Override
	public List<Result> migrateAll(int parallelism) {
		List<Town> towns = registry.all();
		ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, parallelism), runnable -> {
			var thread = new Thread(runnable);
			thread.setName("migrate-" + thread.getId());
			return thread;
		});
		try {
			List<Future<Result>> running = new ArrayList<>();
			for (Town town : towns) {
				running.add(workers.submit(() -> {
					long start = System.nanoTime();
					TownSchema schema = migrate(town);
					return new Result(town.code(), schema.state() == SchemaState.CURRENT, schema.version(),
							Duration.ofNanos(System.nanoTime() - start), schema.error());
				}));
			}
			List<Result> results = new ArrayList<>();
			for (Future<Result> result : running) {
				results.add(result.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Migration was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Migration failed unexpectedly", ex.getCause());
		}
		finally {
			workers.shutdownNow();
		}
	}

	@Override
	public List<TownSchema> schemas() {
		return registry.all().stream().map(schemas::get).sorted(Comparator.comparing(TownSchema::code)).toList();
	}

	@Override
	public TownSchema schema(String code) {
		return schemas.get(registry.find(code).orElseThrow(() -> new UnknownTownException(code)));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
