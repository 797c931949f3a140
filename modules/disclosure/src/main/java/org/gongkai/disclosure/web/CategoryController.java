package org.gongkai.disclosure.web;

import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A town's catalogue tree: its staff (and the city office) read it; its administrator
 * changes it. The security chain has checked membership of {@code code}; the URL made the
 * town current.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/catalogue/categories")
class CategoryController {

	private final CategoryService categories;

	CategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	List<Category> tree(@PathVariable String code) {
		return categories.tree();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('town-admin')")
	Category add(@PathVariable String code, @RequestBody NewCategory form) {
		return categories.add(form.parentId(), form.name());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('town-admin')")
	Category rename(@PathVariable String code, @PathVariable UUID id, @RequestBody Rename form) {
		return categories.rename(id, form.name(), form.version());
	}

	@PostMapping("/{id}/move")
	@PreAuthorize("hasRole('town-admin')")
	Category move(@PathVariable String code, @PathVariable UUID id, @RequestBody Move form) {
		return categories.move(id, form.position(), form.version());
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize("hasRole('town-admin')")
	Category retire(@PathVariable String code, @PathVariable UUID id, @RequestBody Versioned form) {
		return categories.retire(id, form.version());
	}

	record NewCategory(@Nullable UUID parentId, String name) {
	}

	record Rename(String name, long version) {
	}

	record Move(int position, long version) {
	}

	record Versioned(long version) {
	}

}
