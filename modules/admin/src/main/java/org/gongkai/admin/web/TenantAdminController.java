package org.gongkai.admin.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.admin.web.TenantAdministration.FirstAdminView;
import org.gongkai.admin.web.TenantAdministration.TenantSummary;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.ProvisioningStatus;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownProvisioning;
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

	private final TenantAdministration administration;

	private final TownProvisioning provisioning;

	private final TownLifecycle lifecycle;

	TenantAdminController(TenantAdministration administration, TownProvisioning provisioning, TownLifecycle lifecycle) {
		this.administration = administration;
		this.provisioning = provisioning;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	List<TenantSummary> tenants() {
		return administration.summaries();
	}

	@PostMapping
	ResponseEntity<TenantView> provision(@Valid @RequestBody NewTenantForm form) {
		NewTown town = new NewTown(form.code(), form.name(),
				form.kind() != null ? form.kind() : TenantAdministration.kindOf(form.name()), form.divisionCode(),
				form.creditCode());
		var started = administration.provision(town, form.adminEmail());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/admin/tenants/" + started.status().town().code()))
			.body(TenantView.of(started.status(), started.firstAdmin()));
	}

	@GetMapping("/{code}")
	TenantView tenant(@PathVariable String code) {
		return TenantView.of(provisioning.status(code), null);
	}

	@PostMapping("/{code}/retry")
	ResponseEntity<TenantView> retry(@PathVariable String code,
			@RequestBody(required = false) @Nullable RetryForm form) {
		var started = administration.retry(code, (form != null) ? form.adminEmail() : null);
		return ResponseEntity.accepted().body(TenantView.of(started.status(), started.firstAdmin()));
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

}
