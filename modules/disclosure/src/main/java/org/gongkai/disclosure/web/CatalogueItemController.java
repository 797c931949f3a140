package org.gongkai.disclosure.web;

import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemState;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A town's catalogue items and their workflow, for its staff (the city office reads). */
@RestController
@RequestMapping("/api/v1/towns/{code}/catalogue/items")
class CatalogueItemController {

	private final CatalogueService catalogue;

	CatalogueItemController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<CatalogueItem> list(@PathVariable String code, @RequestParam(defaultValue = "PUBLISHED") ItemState state) {
		return catalogue.list(state);
	}

	@GetMapping("/{id}")
	CatalogueItem get(@PathVariable String code, @PathVariable UUID id) {
		return catalogue.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('town-editor', 'town-admin')")
	CatalogueItem create(@PathVariable String code, @RequestBody ItemDraft draft) {
		return catalogue.create(draft);
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasAnyRole('town-editor', 'town-admin')")
	CatalogueItem submit(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return catalogue.submit(id, form.version());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('town-reviewer')")
	CatalogueItem approve(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return catalogue.approve(id, form.version());
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAnyRole('town-reviewer', 'town-admin')")
	CatalogueItem publish(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return catalogue.publish(id, form.version());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyRole('town-reviewer', 'town-admin')")
	CatalogueItem withdraw(@PathVariable String code, @PathVariable UUID id, @RequestBody Withdrawal form) {
		return catalogue.withdraw(id, form.version(), form.reason());
	}

	record Versioned(long version) {
	}

	record Withdrawal(long version, String reason) {
	}

}
