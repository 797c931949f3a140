package org.gongkai.portal.web;

import java.util.UUID;

import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

/**
 * Lenient reading of the portal's query parameters: a citizen who edits an address by
 * hand gets the unfiltered page, not an error.
 */
final class Params {

	/** Longer queries are cut: nobody types more, and it bounds the work. */
	static final int MAX_QUERY = 100;

	private Params() {
	}

	static @Nullable UUID uuid(@Nullable String value) {
		return Lenient.uuid(value);
	}

	static @Nullable Integer year(@Nullable String value) {
		Integer year = Lenient.integer(value);
		return (year != null && year >= 1900 && year <= 2999) ? year : null;
	}

	/** 1-based; 1 when missing or malformed. */
	static int page(@Nullable String value) {
		Integer page = Lenient.integer(value);
		return (page != null && page >= 1 && page <= 100_000) ? page : 1;
	}

	static String query(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String query = value.strip();
		return (query.length() > MAX_QUERY) ? query.substring(0, MAX_QUERY) : query;
	}

}
