package org.gongkai.tenancy.internal;

import java.util.List;

import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownSchema;
import org.gongkai.tenancy.api.TownStatus;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/tenants}: every town with its status and schema version, for
 * operators.
 */
@Component
@Endpoint(id = "tenants")
class TenantsEndpoint {

	private final TownRegistry registry;

	private final TenantMigrations migrations;

	TenantsEndpoint(TownRegistry registry, TenantMigrations migrations) {
		this.registry = registry;
		this.migrations = migrations;
	}

	@ReadOperation
	List<TownView> towns() {
		return registry.all()
			.stream()
			.map(town -> new TownView(town.code(), town.name(), town.status(), migrations.schema(town.code())))
			.toList();
	}

	record TownView(String code, String name, TownStatus status, TownSchema schema) {
	}

}
