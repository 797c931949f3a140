package org.gongkai.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.tenancy.api.CreditCode;
import org.gongkai.tenancy.api.FirstAdmin;
import org.gongkai.tenancy.api.InvalidTownException;
import org.gongkai.tenancy.api.InvalidTownException.FieldError;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.ProvisioningStatus;
import org.gongkai.tenancy.api.ProvisioningStep;
import org.gongkai.tenancy.api.SchemaState;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownConflictException;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Provisioning as recorded, idempotent steps: registry row, town role, schema owned by
 * that role, migrations, identity organization, first administrator, activation. A run
 * that failed or was cut short is completed by running it again.
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

	private final ProvisioningSteps steps;

	private final ObjectProvider<TownIdentity> identity;

	private final PlatformAuditLog audit;

	private final TaskExecutor executor;

	DefaultTownProvisioning(JdbcTownRegistry registry, OwnerDatabase owner, DatabaseRoles roles, TownMigrator migrator,
			ProvisioningSteps steps, ObjectProvider<TownIdentity> identity, PlatformAuditLog audit,
			@Qualifier("provisioningExecutor") TaskExecutor executor) {
		this.registry = registry;
		this.owner = owner;
		this.roles = roles;
		this.migrator = migrator;
		this.steps = steps;
		this.identity = identity;
		this.audit = audit;
		this.executor = executor;
	}

	@Override
	public NewTown check(NewTown requested) {
		NewTown town = normalised(requested);
		validate(town);
		refuseConflicts(town);
		return town;
	}

	@Override
	public Town provision(NewTown requested, @Nullable FirstAdmin admin) {
		NewTown town = register(requested);
		return complete(town, admin, audit.actor());
	}

	@Override
	public ProvisioningStatus start(NewTown requested, @Nullable FirstAdmin admin) {
		NewTown town = register(requested);
		String actor = audit.actor();
		executor.execute(() -> {
			try {
				complete(town, admin, actor);
			}
			catch (RuntimeException ex) {
				// recorded on the step and the town; the admin retries from the screen
			}
		});
		return status(town.code());
	}

	@Override
	public ProvisioningStatus status(String code) {
		return new ProvisioningStatus(registry.require(code), steps.list(code));
	}

	/**
	 * The registry step, on the caller's thread, so that bad input or a conflict is
	 * answered at once.
	 */
	private NewTown register(NewTown requested) {
		NewTown town = check(requested);
		registry.insertIfAbsent(town, DatabaseRoles.schemaFor(town.code()));
		refuseConflicts(town);
		steps.init(town.code());
		steps.run(town.code(), ProvisioningStep.REGISTRY, () -> {
		});
		return town;
	}

	private Town complete(NewTown town, @Nullable FirstAdmin admin, String actor) {
		String code = town.code();
		String schema = DatabaseRoles.schemaFor(code);
		try {
			if (registry.require(code).status() == TownStatus.FAILED) {
				registry.setStatus(code, TownStatus.PROVISIONING);
			}
			steps.run(code, ProvisioningStep.ROLE, () -> createRole(code));
			steps.run(code, ProvisioningStep.SCHEMA, () -> createSchema(code, schema));
			steps.run(code, ProvisioningStep.MIGRATIONS, () -> {
				var state = migrator.migrate(registry.require(code));
				if (state.state() != SchemaState.CURRENT) {
					throw new IllegalStateException("Migrations did not complete: " + state.error());
				}
			});
			TownIdentity townIdentity = identity.getIfAvailable();
			if (townIdentity != null) {
				steps.run(code, ProvisioningStep.ORGANIZATION,
						() -> townIdentity.ensureOrganization(registry.require(code)));
			}
			else {
				steps.skip(code, ProvisioningStep.ORGANIZATION);
			}
			if (townIdentity != null && admin != null) {
				steps.run(code, ProvisioningStep.FIRST_ADMIN, () -> townIdentity
					.ensureFirstAdmin(registry.require(code), admin.temporaryPassword(), admin.email()));
			}
			else {
				steps.skip(code, ProvisioningStep.FIRST_ADMIN);
			}
			steps.run(code, ProvisioningStep.ACTIVATION, () -> {
				TownStatus status = registry.require(code).status();
				if (status == TownStatus.PROVISIONING || status == TownStatus.FAILED) {
					registry.setStatus(code, TownStatus.ACTIVE);
				}
			});
			audit.record(actor, "town.provisioned", code, "SUCCEEDED", town.name() + " in schema " + schema);
			log.info("Town {} provisioned in schema {}", code, schema);
			return registry.require(code);
		}
		catch (RuntimeException ex) {
			registry.setStatus(code, TownStatus.FAILED);
			audit.record(actor, "town.provisioned", code, "FAILED", String.valueOf(ex.getMessage()));
			log.warn("Provisioning town {} failed; it can be retried", code, ex);
			throw ex;
		}
	}

	private void createRole(String code) {
		String role = roles.roleFor(code);
		owner.execute(PlatformSchema.createRoleIfMissing(role, "NOLOGIN"),
				// the owner must be able to SET ROLE to run migrations as the town
				"GRANT " + DatabaseRoles.quote(role) + " TO CURRENT_USER",
				"GRANT " + DatabaseRoles.quote(role) + " TO " + DatabaseRoles.quote(roles.appRole()));
	}

	private void createSchema(String code, String schema) {
		owner.execute(
				"CREATE SCHEMA IF NOT EXISTS " + DatabaseRoles.quote(schema) + " AUTHORIZATION "
						+ DatabaseRoles.quote(roles.roleFor(code)),
				"REVOKE ALL ON SCHEMA " + DatabaseRoles.quote(schema) + " FROM PUBLIC");
	}

	private static NewTown normalised(NewTown town) {
		return new NewTown(strip(town.code()).toLowerCase(), strip(town.name()), town.kind(),
				strip(town.divisionCode()), strip(town.creditCode()).toUpperCase());
	}

	private static String strip(@Nullable String value) {
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
