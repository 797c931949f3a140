package org.gongkai.admin.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongkai.tenancy.api.InvalidTownException;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.ProvisioningStatus;
import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.TownConflictException;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownStateException;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's screens for towns: the list with each town's status and schema, a
 * form to open a new town (errors beside the fields), its provisioning progress, and the
 * suspend, resume and archive actions, archive confirmed by typing the town's code.
 */
@Controller
@RequestMapping("/admin/tenants")
@PreAuthorize("hasRole('platform-admin')")
class TenantAdminPagesController {

	static final String VIEW_LIST = "admin/tenants";

	static final String VIEW_TENANT = "admin/tenant";

	private final TenantAdministration administration;

	private final TownProvisioning provisioning;

	private final TownLifecycle lifecycle;

	private final TenantMigrations migrations;

	TenantAdminPagesController(TenantAdministration administration, TownProvisioning provisioning,
			TownLifecycle lifecycle, TenantMigrations migrations) {
		this.administration = administration;
		this.provisioning = provisioning;
		this.lifecycle = lifecycle;
		this.migrations = migrations;
	}

	@GetMapping
	String list(Model model) {
		return listView(model, new NewTownForm("", "", "", "", ""), Map.of());
	}

	@PostMapping
	String provision(NewTownForm form, Model model, RedirectAttributes flash) {
		NewTown town = new NewTown(form.code(), form.name(), TenantAdministration.kindOf(form.name()),
				form.divisionCode(), form.creditCode());
		try {
			var started = administration.provision(town, form.adminEmail());
			flash.addFlashAttribute("firstAdmin", started.firstAdmin());
			flash.addFlashAttribute("message", "admin.tenants.started");
			return "redirect:/admin/tenants/" + started.status().town().code();
		}
		catch (InvalidTownException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(error -> errors.put(error.field(), error.messageCode()));
			return listView(model, form, errors);
		}
		catch (TownConflictException ex) {
			String field = String.valueOf(ex.getBody().getProperties().get("field"));
			model.addAttribute("conflict", ex.getDetailMessageCode());
			model.addAttribute("conflictArguments", ex.getDetailMessageArguments());
			return listView(model, form, Map.of(field, "admin.tenants.taken." + field));
		}
	}

	@GetMapping("/{code}")
	String tenant(@PathVariable String code, Model model) {
		ProvisioningStatus status = provisioning.status(code);
		model.addAttribute("town", status.town());
		model.addAttribute("steps", status.steps());
		model.addAttribute("schema", migrations.schema(code));
		model.addAttribute("inProgress", status.town().status() == TownStatus.PROVISIONING);
		return VIEW_TENANT;
	}

	@PostMapping("/{code}/retry")
	String retry(@PathVariable String code, RedirectAttributes flash) {
		flash.addFlashAttribute("firstAdmin", administration.retry(code, null).firstAdmin());
		flash.addFlashAttribute("message", "admin.tenants.started");
		return "redirect:/admin/tenants/{code}";
	}

	@PostMapping("/{code}/suspend")
	String suspend(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes flash) {
		if (reason.isBlank()) {
			flash.addFlashAttribute("actionError", "admin.tenants.reason-missing");
			return "redirect:/admin/tenants/{code}";
		}
		return change(flash, "admin.tenants.suspended", () -> lifecycle.suspend(code, reason));
	}

	@PostMapping("/{code}/resume")
	String resume(@PathVariable String code, RedirectAttributes flash) {
		return change(flash, "admin.tenants.resumed", () -> lifecycle.resume(code));
	}

	@PostMapping("/{code}/archive")
	String archive(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String confirm, RedirectAttributes flash) {
		if (!code.equals(confirm.strip()) || reason.isBlank()) {
			flash.addFlashAttribute("actionError", "admin.tenants.archive-confirm");
			return "redirect:/admin/tenants/{code}";
		}
		return change(flash, "admin.tenants.archived", () -> lifecycle.archive(code, reason));
	}

	private String change(RedirectAttributes flash, String message, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", message);
		}
		catch (TownStateException ex) {
			flash.addFlashAttribute("actionError", "admin.tenants.state");
		}
		return "redirect:/admin/tenants/{code}";
	}

	private String listView(Model model, NewTownForm form, Map<String, String> errors) {
		model.addAttribute("towns", administration.summaries());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return VIEW_LIST;
	}

	/** The new-town form; the kind follows from the name (…街道, …民族乡, else 镇/乡). */
	record NewTownForm(String code, String name, String divisionCode, String creditCode, String adminEmail) {

		NewTownForm(@Nullable String code, @Nullable String name, @Nullable String divisionCode,
				@Nullable String creditCode, @Nullable String adminEmail) {
			this.code = (code != null) ? code : "";
			this.name = (name != null) ? name : "";
			this.divisionCode = (divisionCode != null) ? divisionCode : "";
			this.creditCode = (creditCode != null) ? creditCode : "";
			this.adminEmail = (adminEmail != null) ? adminEmail : "";
		}

	}

}
