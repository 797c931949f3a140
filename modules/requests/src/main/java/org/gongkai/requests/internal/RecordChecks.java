package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.RequestException;
import org.jspecify.annotations.Nullable;

/**
 * Field checks and the request lookup shared by review cases, notes and documents. Text
 * is stripped; control characters are refused, never silently removed, because they are
 * never typed, only pasted or injected.
 */
final class RecordChecks {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E]");

	private static final Pattern CONTROL_ONE_LINE = Pattern.compile("\\p{Cc}|[\\u200B-\\u200F\\u202A-\\u202E]");

	private RecordChecks() {
	}

	/** The stripped text, or null when it is missing (reported if required) or bad. */
	static @Nullable String text(@Nullable String value, int max, boolean required, boolean multiLine,
			Map<String, List<Object>> bad, String field) {
		String stripped = (value != null) ? value.strip() : "";
		if ((multiLine ? CONTROL : CONTROL_ONE_LINE).matcher(stripped).find()) {
			bad.put(field, List.of("control-characters"));
			return null;
		}
		if (stripped.isEmpty()) {
			if (required) {
				bad.put(field, List.of("required"));
			}
			return null;
		}
		if (stripped.length() > max) {
			bad.put(field, List.of("too-long", max, stripped.length()));
			return null;
		}
		return stripped;
	}

	/**
	 * The request's id and the first day anything about it can have happened: its receipt
	 * date, or the day it reached the platform while receipt is unconfirmed.
	 * @param lock whether to lock the request's row until the transaction ends
	 */
	static RequestRef request(EntityManager entityManager, String trackingCode, boolean lock) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, coalesce(received_on, cast(submitted_at at time zone 'Asia/Shanghai' as date))
				from disclosure_request where tracking_code = :code""" + (lock ? " for update" : ""))
			.setParameter("code", trackingCode)
			.getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] row = (Object[]) rows.get(0);
		return new RequestRef((UUID) row[0], trackingCode, Rows.date(row[1]));
	}

	record RequestRef(UUID id, String trackingCode, LocalDate since) {
	}

}
