package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks what an editor entered, every field at once, so the form can show all problems
 * together; a body with active content is refused, other formatting tidied.
 */
@Component
class ItemDrafts {

	static final String DEFAULT_AUDIENCE = "面向全社会";

	private final CategoryRepository categories;

	private final Clock clock;

	ItemDrafts(CategoryRepository categories, Clock clock) {
		this.categories = categories;
		this.clock = clock;
	}

	CatalogueItemEntity.Fields checked(ItemDraft draft) {
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		String title = text(draft.title(), 200, bad, "title");
		String publisher = text(draft.publisher(), 100, bad, "publisher");
		String documentNumber = optional(draft.documentNumber(), 60, bad, "documentNumber");
		String keywords = optional(draft.keywords(), 200, bad, "keywords");
		String summary = optional(draft.summary(), 1000, bad, "summary");
		String audience = optional(draft.audience(), 20, bad, "audience");
		LocalDate today = LocalDate.now(clock);
		if (draft.formedOn() == null) {
			bad.put("formedOn", List.of("required"));
		}
		else if (draft.formedOn().isAfter(today)) {
			bad.put("formedOn", List.of("future"));
		}
		if (draft.categoryId() == null) {
			bad.put("categoryId", List.of("required"));
		}
		else if (categories.findById(draft.categoryId()).map(CategoryEntity::retired).orElse(true)) {
			bad.put("categoryId", List.of("category-unavailable"));
		}
		if (draft.channels() == null || draft.channels().isEmpty()) {
			bad.put("channels", List.of("channels-required"));
		}
		if (draft.validity() == null) {
			bad.put("validity", List.of("required"));
		}
		if (draft.expiresOn() != null && draft.formedOn() != null && !draft.expiresOn().isAfter(draft.formedOn())) {
			bad.put("expiresOn", List.of("expires-before-formed"));
		}
		String body = (draft.body() != null) ? draft.body().strip() : "";
		if (RichText.isActive(body)) {
			bad.put("body", List.of("unsafe-body"));
		}
		if (!bad.isEmpty()) {
			throw ItemException.invalid(bad);
		}
		return new CatalogueItemEntity.Fields(title, publisher, documentNumber, draft.formedOn(), draft.categoryId(),
				draft.channels(), (audience != null) ? audience : DEFAULT_AUDIENCE, draft.validity(),
				(keywords != null) ? keywords : "", (summary != null) ? summary : "", RichText.clean(body),
				draft.expiresOn());
	}

	private static String text(@Nullable String value, int max, Map<String, List<Object>> bad, String field) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			bad.put(field, List.of("required"));
		}
		else if (stripped.length() > max) {
			bad.put(field, List.of("too-long", max));
		}
		return stripped;
	}

	private static @Nullable String optional(@Nullable String value, int max, Map<String, List<Object>> bad,
			String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			bad.put(field, List.of("too-long", max));
		}
		return value.strip();
	}

}
