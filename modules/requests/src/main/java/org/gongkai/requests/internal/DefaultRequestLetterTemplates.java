package org.gongkai.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.LetterTemplateText;
import org.gongkai.requests.api.RequestActionException;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestLetterTemplates;
import org.gongkai.tenancy.api.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestLetterTemplates implements RequestLetterTemplates {

	static final int MAX_LENGTH = 4000;

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultRequestLetterTemplates(EntityManager entityManager, AuditTrail audit, Clock clock) {
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LetterTemplateText> list() {
		Map<String, Object[]> rows = rows();
		List<LetterTemplateText> texts = new ArrayList<>();
		LetterTemplates.defaultTexts().forEach((key, text) -> texts.add(text(key, text, rows.get(key))));
		return texts;
	}

	@Override
	@Transactional(readOnly = true)
	public LetterTemplateText get(String key) {
		return text(key, shipped(key), rows().get(key));
	}

	@Override
	@Transactional
	public LetterTemplateText save(String key, String text, String actor) {
		String shipped = shipped(key);
		// officers type line breaks as they see them; the letters split paragraphs on \n
		String cleaned = (text != null) ? text.strip().replace("\r\n", "\n") : "";
		if (cleaned.isEmpty()) {
			throw RequestException.invalid(Map.of("text", List.of("required")));
		}
		if (cleaned.length() > MAX_LENGTH) {
			throw RequestException.invalid(Map.of("text", List.of("too-long", MAX_LENGTH, cleaned.length())));
		}
		List<String> unknown = LetterTemplates.unknownPlaceholders(key, cleaned);
		if (!unknown.isEmpty()) {
			List<String> allowed = LetterTemplates.placeholders(key).stream().map(name -> "{" + name + "}").toList();
			throw RequestException.invalid(Map.of("text", List.of("template-placeholders", String.join("、", unknown),
					allowed.isEmpty() ? "—" : String.join(" ", allowed))));
		}
		Instant now = clock.instant();
		entityManager.createNativeQuery("""
				insert into letter_template (key, text, updated_by, updated_at) values (:key, :text, :actor, :now)
				on conflict (key) do update set text = excluded.text, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at
				""")
			.setParameter("key", key)
			.setParameter("text", cleaned)
			.setParameter("actor", actor)
			.setParameter("now", now)
			.executeUpdate();
		audit.record("requests.letter-template.saved", key, cleaned);
		return new LetterTemplateText(key, shipped, cleaned, LetterTemplates.placeholders(key), actor, now);
	}

	@Override
	@Transactional
	public LetterTemplateText reset(String key, String actor) {
		String shipped = shipped(key);
		int removed = entityManager.createNativeQuery("delete from letter_template where key = :key")
			.setParameter("key", key)
			.executeUpdate();
		if (removed > 0) {
			audit.record("requests.letter-template.reset", key, shipped);
		}
		return new LetterTemplateText(key, shipped, null, LetterTemplates.placeholders(key), null, null);
	}

	private static String shipped(String key) {
		String text = LetterTemplates.defaultTexts().get(key);
		if (text == null) {
			throw RequestActionException.unknownTemplate(key);
		}
		return text;
	}

	private Map<String, Object[]> rows() {
		Map<String, Object[]> rows = new HashMap<>();
		for (Object row : entityManager
			.createNativeQuery("select key, text, updated_by, updated_at from letter_template")
			.getResultList()) {
			Object[] r = (Object[]) row;
			rows.put((String) r[0], r);
		}
		return rows;
	}

	private static LetterTemplateText text(String key, String shipped, Object @Nullable [] row) {
		if (row == null) {
			return new LetterTemplateText(key, shipped, null, LetterTemplates.placeholders(key), null, null);
		}
		return new LetterTemplateText(key, shipped, (String) row[1], LetterTemplates.placeholders(key), (String) row[2],
				Rows.instant(row[3]));
	}

}
