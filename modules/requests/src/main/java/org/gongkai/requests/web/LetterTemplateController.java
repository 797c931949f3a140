package org.gongkai.requests.web;

import java.util.List;

import org.gongkai.requests.api.LetterTemplateText;
import org.gongkai.requests.api.RequestLetterTemplates;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The town's wording of its reply letters, for its administrator and reviewers: replace a
 * text ({@code PUT}) or go back to the shipped one ({@code DELETE}).
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests/letter-templates")
@PreAuthorize(LetterTemplateController.EDITORS)
class LetterTemplateController {

	static final String EDITORS = "hasAnyRole('town-admin', 'town-reviewer')";

	private final RequestLetterTemplates templates;

	LetterTemplateController(RequestLetterTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	List<LetterTemplateText> list(@PathVariable String code) {
		return templates.list();
	}

	@GetMapping("/{key}")
	LetterTemplateText get(@PathVariable String code, @PathVariable String key) {
		return templates.get(key);
	}

	@PutMapping("/{key}")
	LetterTemplateText save(@PathVariable String code, @PathVariable String key, @RequestBody Text body,
			Authentication staff) {
		return templates.save(key, (body.text() != null) ? body.text() : "", staff.getName());
	}

	@DeleteMapping("/{key}")
	LetterTemplateText reset(@PathVariable String code, @PathVariable String key, Authentication staff) {
		return templates.reset(key, staff.getName());
	}

	record Text(@Nullable String text) {
	}

}
