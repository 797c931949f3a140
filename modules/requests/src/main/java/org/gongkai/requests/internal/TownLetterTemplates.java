package org.gongkai.requests.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.gongkai.tenancy.api.TenantContext;

import org.springframework.stereotype.Component;

/**
 * The current town's letter wording: the shipped texts with the town's rows of
 * {@code letter_template} over them, and a renderer that prints with it.
 */
@Component
class TownLetterTemplates {

	private final EntityManager entityManager;

	// One renderer per town, replaced when its texts change: a renderer loads the CJK
	// font once, which is too slow to repeat for every letter.
	private final Map<String, Cached> renderers = new ConcurrentHashMap<>();

	TownLetterTemplates(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The town's own texts by key; run inside a transaction of the town. */
	Map<String, String> overrides() {
		Map<String, String> texts = new HashMap<>();
		for (Object row : entityManager.createNativeQuery("select key, text from letter_template").getResultList()) {
			Object[] r = (Object[]) row;
			texts.put((String) r[0], (String) r[1]);
		}
		return Map.copyOf(texts);
	}

	LetterTemplates templates() {
		return new LetterTemplates(overrides());
	}

	LetterRenderer renderer() {
		Map<String, String> overrides = overrides();
		Cached cached = this.renderers
			.compute(TenantContext.require(),
					(town, earlier) -> (earlier != null && earlier.overrides().equals(overrides)) ? earlier
							: new Cached(overrides,
									new LetterRenderer(new LetterTemplates(overrides), LetterRenderer.DEFAULT_FONTS)));
		return cached.renderer();
	}

	private record Cached(Map<String, String> overrides, LetterRenderer renderer) {
	}

	static List<String> keys() {
		return List.copyOf(LetterTemplates.defaultTexts().keySet());
	}

}
