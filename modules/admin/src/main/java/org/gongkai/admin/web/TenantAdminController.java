package org.gongkai.admin.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.tenancy.api.FirstAdmin;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.ProvisioningStatus;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownSchema;
import org.gongkai.tenancy.api.TownStatus;
import org.gongkai.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Towns for platform admins: provision (202, then follow the steps), retry, suspend,
 * resume, archive. The first administrator's temporary password is shown once, in the
 * answer to the request that set it; it is stored nowhere but in Keycloak.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants")
@PreAuthorize("hasRole('platform-admin')")
class TenantAdminController {

	private final TownProvisioning provisioning;

	private final TownLifecycle lifecycle;

	private final TownRegistry registry;

	private final TenantMigrations migrations;

	private final TemporaryPasswords passwords = new TemporaryPasswords();

	TenantAdminController(TownProvisioning provisioning, TownLifecycle lifecycle, TownRegistry registry,
			TenantMigrations migrations) {
		this.provisioning = provisioning;
		this.lifecycle = lifecycle;
		this.registry = registry;
		this.migrations = migrations;
	}

	@GetMapping
	List<TenantSummary> tenants() {
		return registry.all().stream().map(town -> TenantSummary.of(town, migrations.schema(town.code()))).toList();
	}

	@PostMapping
	ResponseEntity<TenantView> provision(@Valid @RequestBody NewTenantForm form) {
		NewTown town = new NewTown(form.code(), form.name(), form.kind() != null ? form.kind() : kindOf(form.name()),
				form.divisionCode(), form.creditCode());
		String password = passwords.next();
		ProvisioningStatus status = provisioning.start(town, new FirstAdmin(password, form.adminEmail()));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/admin/tenants/" + status.town().code()))
			.body(TenantView.of(status, new FirstAdminView(status.town().code() + "-admin", password)));
	}

	@GetMapping("/{code}")
	TenantView tenant(@PathVariable String code) {
		return TenantView.of(provisioning.status(code), null);
	}

	@PostMapping("/{code}/retry")
	ResponseEntity<TenantView> retry(@PathVariable String code,
			@RequestBody(required = false) @Nullable RetryForm form) {
		Town town = registry.require(code);
		String password = passwords.next();
		ProvisioningStatus status = provisioning.start(
				new NewTown(town.code(), town.name(), town.kind(), town.divisionCode(), town.creditCode()),
				new FirstAdmin(password, (form != null) ? form.adminEmail() : null));
		return ResponseEntity.accepted().body(TenantView.of(status, new FirstAdminView(code + "-admin", password)));
	}

	@PostMapping("/{code}/suspend")
	TenantView suspend(@PathVariable String code, @Valid @RequestBody ReasonForm form) {
		lifecycle.suspend(code, form.reason());
		return tenant(code);
	}

	@PostMapping("/{code}/resume")
	TenantView resume(@PathVariable String code) {
		lifecycle.resume(code);
		return tenant(code);
	}

	/**
	 * Cannot be undone, so the request must repeat the town's code in {@code confirm}.
	 */
	@PostMapping("/{code}/archive")
	TenantView archive(@PathVariable String code, @Valid @RequestBody ReasonForm form) {
		if (!code.equals(form.confirm())) {
			throw new InvalidParameterException("confirm", "admin.problem.archive-confirm", code);
		}
		lifecycle.archive(code, form.reason());
		return tenant(code);
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

	/**
	 * What a platform admin gives for a new town; field rules are tenancy's and answered
	 * per field.
	 */
	record NewTenantForm(@Nullable String code, @Nullable String name, @Nullable String divisionCode,
			@Nullable String creditCode, @Nullable TownKind kind, @Nullable @Email String adminEmail) {

		NewTenantForm {
			code = (code != null) ? code : "";
			name = (name != null) ? name : "";
			divisionCode = (divisionCode != null) ? divisionCode : "";
			creditCode = (creditCode != null) ? creditCode : "";
		}

	}

	record RetryForm(@Nullable @Email String adminEmail) {
	}

	record ReasonForm(@NotBlank @Size(max = 500) String reason, @Nullable String confirm) {
	}

	record TenantSummary(String code, String name, TownKind kind, TownStatus status, String schemaState,
			@Nullable String schemaVersion) {

		static TenantSummary of(Town town, TownSchema schema) {
			return new TenantSummary(town.code(), town.name(), town.kind(), town.status(), schema.state().name(),
					schema.version());
		}

	}

	record TenantView(String code, String name, TownKind kind, String divisionCode, String creditCode,
			TownStatus status, List<StepView> steps, @Nullable FirstAdminView firstAdmin) {

		static TenantView of(ProvisioningStatus status, @Nullable FirstAdminView admin) {
			Town town = status.town();
			return new TenantView(town.code(), town.name(), town.kind(), town.divisionCode(), town.creditCode(),
					town.status(),
					status.steps()
						.stream()
						.map(s -> new StepView(s.step().name(), s.state(), s.attempts(), s.startedAt(), s.finishedAt(),
								s.error()))
						.toList(),
					admin);
		}

	}

	record StepView(String step, String state, int attempts, @Nullable Instant startedAt, @Nullable Instant finishedAt,
			@Nullable String error) {
	}

	/**
	 * Shown once: hand it to the town's administrator, who must change it at first login.
	 */
	record FirstAdminView(String username, String temporaryPassword) implements java.io.Serializable {
	}

}
