package org.gongkai.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.tenancy.api.CreditCode;
import org.gongkai.tenancy.api.InvalidTownException;
import org.gongkai.tenancy.api.InvalidTownException.FieldError;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownConflictException;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Provisioning as a sequence of idempotent steps: registry row, town role, schema owned
 * by that role, migrations, activation. Running it again for the same town completes
 * whatever an earlier run left undone; the same code, division code or credit code for a
 * different town is refused.
 */
@Service
class DefaultTownProvisioning implements TownProvisioning {

	private static final Logger log = LoggerFactory.getLogger(DefaultTownProvisioning.class);

	private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,32}");

	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{9}000");

	private final JdbcTownRegistry registry;

	private final OwnerDatabase owner;

	private final DatabaseRoles roles;

	private final TownMigrator migrator;

	private final PlatformAuditLog audit;

	DefaultTownProvisioning(JdbcTownRegistry registry, OwnerDatabase owner, DatabaseRoles roles, TownMigrator migrator,
			PlatformAuditLog audit) {
		this.registry = registry;
		this.owner = owner;
		this.roles = roles;
		this.migrator = migrator;
		this.audit = audit;
	}

	@Override
	public Town provision(NewTown requested) {
		NewTown town = normalised(requested);
		validate(town);
		refuseConflicts(town);
		String schema = DatabaseRoles.schemaFor(town.code());
		boolean created = registry.insertIfAbsent(town, schema);
		refuseConflicts(town);
		try {
			createRoleAndSchema(town.code(), schema);
			var state = migrator.migrate(registry.require(town.code()));
			if (state.state() != SchemaState.CURRENT) {
				throw new IllegalStateException("Migrations did not complete: " + state.error());
			}
			Town current = registry.require(town.code());
			if (current.status() == TownStatus.PROVISIONING || current.status() == TownStatus.FAILED) {
				registry.setStatus(town.code(), TownStatus.ACTIVE);
			}
			audit.record("town.provisioned", town.code(), "SUCCEEDED",
					(created ? "created " : "completed ") + town.name() + " in schema " + schema);
			log.info("Town {} provisioned in schema {}", town.code(), schema);
			return registry.require(town.code());
		}
		catch (RuntimeException ex) {
			registry.setStatus(town.code(), TownStatus.FAILED);
			audit.record("town.provisioned", town.code(), "FAILED", String.valueOf(ex.getMessage()));
			throw ex;
		}
	}

	private void createRoleAndSchema(String code, String schema) {
		String role = roles.roleFor(code);
		owner.execute(PlatformSchema.createRoleIfMissing(role, "NOLOGIN"),
				// the owner must be able to SET ROLE to run migrations as the town
				"GRANT " + DatabaseRoles.quote(role) + " TO CURRENT_USER",
				"GRANT " + DatabaseRoles.quote(role) + " TO " + DatabaseRoles.quote(roles.appRole()),
				"CREATE SCHEMA IF NOT EXISTS " + DatabaseRoles.quote(schema) + " AUTHORIZATION "
						+ DatabaseRoles.quote(role),
				"REVOKE ALL ON SCHEMA " + DatabaseRoles.quote(schema) + " FROM PUBLIC");
	}

	private static NewTown normalised(NewTown town) {
		return new NewTown(strip(town.code()).toLowerCase(), strip(town.name()), town.kind(),
				strip(town.divisionCode()), strip(town.creditCode()).toUpperCase());
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static void validate(NewTown town) {
		List<FieldError> errors = new ArrayList<>();
		if (town.code().length() < 2 || town.code().length() > 32
				|| !DatabaseRoles.TOWN_CODE.matcher(town.code()).matches()) {
			errors.add(new FieldError("code", "tenancy.town.code.invalid"));
		}
		if (!NAME.matcher(town.name()).matches()) {
			errors.add(new FieldError("name", "tenancy.town.name.invalid"));
		}
		if (town.kind() == null) {
			errors.add(new FieldError("kind", "tenancy.town.kind.missing"));
		}
		if (!DIVISION_CODE.matcher(town.divisionCode()).matches()) {
			errors.add(new FieldError("divisionCode", "tenancy.town.division-code.invalid"));
		}
		if (!CreditCode.isValid(town.creditCode())) {
			errors.add(new FieldError("creditCode", "tenancy.town.credit-code.invalid"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidTownException(errors);
		}
	}

	private void refuseConflicts(NewTown town) {
		registry.find(town.code()).ifPresent(existing -> {
			if (!existing.name().equals(town.name()) || !existing.divisionCode().equals(town.divisionCode())
					|| !existing.creditCode().equals(town.creditCode()) || existing.kind() != town.kind()) {
				throw new TownConflictException("code", town.code(), existing.name());
			}
		});
		registry.findByDivisionCode(town.divisionCode())
			.filter(other -> !other.code().equals(town.code()))
			.ifPresent(other -> {
				throw new TownConflictException("divisionCode", town.divisionCode(), other.name());
			});
		registry.findByCreditCode(town.creditCode())
			.filter(other -> !other.code().equals(town.code()))
			.ifPresent(other -> {
				throw new TownConflictException("creditCode", town.creditCode(), other.name());
			});
	}

}
