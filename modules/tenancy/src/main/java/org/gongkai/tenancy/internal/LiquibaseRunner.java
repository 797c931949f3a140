package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Runs a changelog against one schema. Liquibase remembers "up to date" per URL,
 * changelog and default schema for the life of the JVM: the schema is set on every run,
 * or one town's answer would be given for all, and the memory is cleared before every
 * run, or a schema that fell behind since (restored from a backup, repaired by hand)
 * would be skipped.
 */
final class LiquibaseRunner {

	static final String PLATFORM_CHANGELOG = "db/changelog/platform.yaml";

	static final String TENANT_CHANGELOG = "db/changelog/tenant.yaml";

	/**
	 * Minutes to wait for another run's lock before failing; a crashed run's lock fails
	 * fast.
	 */
	private static final String LOCK_WAIT = "liquibase.changelogLockWaitTimeInMinutes";

	private final ResourceAccessor resources = new ClassLoaderResourceAccessor(LiquibaseRunner.class.getClassLoader());

	/**
	 * Applies what is missing; the connection's role and search path are the caller's to
	 * set.
	 */
	void update(Connection connection, String schema, String changelog) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		database.setDefaultSchemaName(schema);
		database.setLiquibaseSchemaName(schema);
		Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, LOCK_WAIT, 1), () -> {
			Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
			try {
				// not closed: that would close the caller's connection
				new Liquibase(changelog, resources, database).update(new Contexts(), new LabelExpression());
			}
			catch (Exception ex) {
				// a failed changeset can leave the lock taken, and the next run would
				// wait on it
				connection.rollback();
				LockServiceFactory.getInstance().getLockService(database).releaseLock();
				throw ex;
			}
		});
	}

	/**
	 * The ids of the changesets a changelog contains, in order, without touching a
	 * database.
	 */
	List<String> changesetIds(String changelog) {
		try {
			return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources),
					() -> ChangeLogParserFactory.getInstance()
						.getParser(changelog, resources)
						.parse(changelog, new ChangeLogParameters(), resources)
						.getChangeSets()
						.stream()
						.map(ChangeSet::getId)
						.toList());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read changelog " + changelog, ex);
		}
	}

}
