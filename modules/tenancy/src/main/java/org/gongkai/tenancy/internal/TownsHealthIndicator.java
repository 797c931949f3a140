package org.gongkai.tenancy.internal;

import java.util.List;

import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.TownSchema;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Counts the towns and names those that are refused. A town that is behind does not take
 * the platform down: it is refused alone, so this stays UP and says which.
 */
@Component("towns")
class TownsHealthIndicator extends AbstractHealthIndicator {

	private final TenantMigrations migrations;

	TownsHealthIndicator(TenantMigrations migrations) {
		this.migrations = migrations;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<TownSchema> schemas = migrations.schemas();
		builder.up()
			.withDetail("registered", schemas.size())
			.withDetail("current", schemas.stream().filter(s -> s.state() == SchemaState.CURRENT).count())
			.withDetail("refused",
					schemas.stream().filter(s -> s.state() != SchemaState.CURRENT).map(TownSchema::code).toList());
	}

}
