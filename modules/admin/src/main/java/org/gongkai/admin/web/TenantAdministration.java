package org.gongkai.admin.web;

import java.util.List;

import org.gongkai.tenancy.api.FirstAdmin;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.ProvisioningStatus;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownSchema;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the admin API and the admin screens both do: start provisioning with a fresh
 * temporary password for the first administrator, retry it, and list the towns with their
 * schemas.
 */
@Component
class TenantAdministration {

	private final TownProvisioning provisioning;

	private final TownRegistry registry;

	private final TenantMigrations migrations;

	private final TemporaryPasswords passwords = new TemporaryPasswords();

	TenantAdministration(TownProvisioning provisioning, TownRegistry registry, TenantMigrations migrations) {
		this.provisioning = provisioning;
		this.registry = registry;
		this.migrations = migrations;
	}

	/**
	 * Starts provisioning; the answer carries the password, which is shown once and kept
	 * nowhere.
	 */
	Started provision(NewTown town, @Nullable String adminEmail) {
		String password = passwords.next();
		ProvisioningStatus status = provisioning.start(town,
				new FirstAdmin(password, (adminEmail == null || adminEmail.isBlank()) ? null : adminEmail));
		return new Started(status, new FirstAdminView(status.town().code() + "-admin", password));
	}

	/**
	 * Provisions a recorded town again; the first administrator gets a new temporary
	 * password.
	 */
	Started retry(String code, @Nullable String adminEmail) {
		Town town = registry.require(code);
		return provision(new NewTown(town.code(), town.name(), town.kind(), town.divisionCode(), town.creditCode()),
				adminEmail);
	}

	List<TenantSummary> summaries() {
		return registry.all().stream().map(town -> TenantSummary.of(town, migrations.schema(town.code()))).toList();
	}

	/** 街道 and 民族乡 say what they are; anything else is a 镇 or 乡. */
	static TownKind kindOf(@Nullable String name) {
		if (name != null && name.endsWith("街道")) {
			return TownKind.STREET;
		}
		if (name != null && name.endsWith("民族乡")) {
			return TownKind.ETHNIC_TOWNSHIP;
		}
		return TownKind.TOWNSHIP;
	}

	record Started(ProvisioningStatus status, FirstAdminView firstAdmin) {
	}

	/**
	 * Shown once: hand it to the town's administrator, who must change it at first login.
	 */
	record FirstAdminView(String username, String temporaryPassword) implements java.io.Serializable {
	}

	record TenantSummary(String code, String name, TownKind kind, TownStatus status, String schemaState,
			@Nullable String schemaVersion) {

		static TenantSummary of(Town town, TownSchema schema) {
			return new TenantSummary(town.code(), town.name(), town.kind(), town.status(), schema.state().name(),
					schema.version());
		}

	}

}
