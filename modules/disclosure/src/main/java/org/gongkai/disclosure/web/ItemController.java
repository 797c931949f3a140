package org.gongkai.disclosure.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemRevision;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.Timeliness;
import org.gongkai.disclosure.api.Uploads;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A town's catalogue items and their workflow, for its staff; the city office reads (the
 * security chain keeps its tokens to reads), anyone else is refused.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/items")
class ItemController {

	private static final String EDITORS = "hasAnyRole('town-editor', 'town-admin')";

	private static final String REVIEWERS = "hasAnyRole('town-reviewer', 'town-admin')";

	private final CatalogueService catalogue;

	ItemController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	ItemPage<CatalogueItem> list(@PathVariable String code, @RequestParam @Nullable ItemState state,
			@RequestParam @Nullable UUID category, @RequestParam @Nullable Integer year,
			@RequestParam @Nullable Channel channel, @RequestParam @Nullable String text,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return catalogue.list(new ItemQuery(state, category, year, channel, text, page, size));
	}

	@GetMapping("/{id}")
	CatalogueItem get(@PathVariable String code, @PathVariable UUID id) {
		return catalogue.get(id);
	}

	@GetMapping("/{id}/revisions")
	List<ItemRevision> history(@PathVariable String code, @PathVariable UUID id) {
		return catalogue.history(id);
	}

	@GetMapping("/timeliness/{year}")
	Timeliness timeliness(@PathVariable String code, @PathVariable int year) {
		return catalogue.timeliness(year);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(EDITORS)
	CatalogueItem create(@PathVariable String code, @RequestBody ItemDraft draft) {
		return catalogue.create(draft);
	}

	/** Drafts by their editors; published items by reviewers, with a note. */
	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('town-editor', 'town-reviewer', 'town-admin')")
	CatalogueItem update(@PathVariable String code, @PathVariable UUID id, @RequestBody Edit edit) {
		return catalogue.update(id, edit.version(), edit.item(), edit.note());
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize(EDITORS)
	CatalogueItem submit(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return catalogue.submit(id, form.version());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('town-reviewer')")
	CatalogueItem approve(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return catalogue.approve(id, form.version());
	}

	@PostMapping("/{id}/send-back")
	@PreAuthorize(REVIEWERS)
	CatalogueItem sendBack(@PathVariable String code, @PathVariable UUID id, @RequestBody WithReason form) {
		return catalogue.sendBack(id, form.version(), form.reason());
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize(REVIEWERS)
	CatalogueItem publish(@PathVariable String code, @PathVariable UUID id, @RequestBody Publication form) {
		return catalogue.publish(id, form.version(), form.at());
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize(REVIEWERS)
	CatalogueItem withdraw(@PathVariable String code, @PathVariable UUID id, @RequestBody WithReason form) {
		return catalogue.withdraw(id, form.version(), form.reason());
	}

	@PostMapping("/{id}/expire")
	@PreAuthorize(REVIEWERS)
	CatalogueItem expire(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return catalogue.expire(id, form.version());
	}

	@PostMapping(path = "/{id}/attachments", consumes = "multipart/form-data")
	@PreAuthorize("hasAnyRole('town-editor', 'town-reviewer', 'town-admin')")
	CatalogueItem attach(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			@RequestParam MultipartFile file) throws IOException {
		return catalogue.attach(id, version, Uploads.of(file));
	}

	@DeleteMapping("/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('town-editor', 'town-reviewer', 'town-admin')")
	CatalogueItem detach(@PathVariable String code, @PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestParam long version) {
		return catalogue.detach(id, version, attachmentId);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return Uploads.download(catalogue.attachment(id, attachmentId));
	}

	record Versioned(long version) {
	}

	record WithReason(long version, String reason) {
	}

	record Publication(long version, @Nullable Instant at) {
	}

	record Edit(long version, ItemDraft item, @Nullable String note) {
	}

}
