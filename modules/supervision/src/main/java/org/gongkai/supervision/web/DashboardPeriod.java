package org.gongkai.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The period a dashboard counts, as typed in its filter: both days included, from 1
 * January of this year to today when left empty. A fault is told field by field, in the
 * reader's language, and nothing is counted.
 *
 * @param from the first day as given (may be blank or malformed)
 * @param to the last day as given
 */
record DashboardPeriod(@Nullable String from, @Nullable String to) {

	/** Ten years, as the JSON API allows: a longer period is a mistake. */
	static final int MAX_DAYS = 3660;

	/** The period this resolves to, or why it does not. */
	Resolved resolve(LocalDate today) {
		Map<String, DefaultMessageSourceResolvable> errors = new LinkedHashMap<>();
		LocalDate first = day("from", this.from, today.withDayOfYear(1), errors);
		LocalDate last = day("to", this.to, today, errors);
		if (first != null && last != null) {
			if (last.isBefore(first)) {
				errors.put("to", message("supervision.page.period.reversed", last, first));
			}
			else if (first.plusDays(MAX_DAYS).isBefore(last)) {
				errors.put("to", message("supervision.page.period.too-long", first, last, MAX_DAYS));
			}
		}
		return new Resolved(errors.isEmpty() ? first : null, errors.isEmpty() ? last : null,
				(first != null) ? first.toString() : text(this.from), (last != null) ? last.toString() : text(this.to),
				errors);
	}

	private static @Nullable LocalDate day(String field, @Nullable String value, LocalDate fallback,
			Map<String, DefaultMessageSourceResolvable> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, message("supervision.page.period.malformed", value.strip()));
			return null;
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	private static DefaultMessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/**
	 * @param from first day, null when the period is at fault
	 * @param to last day, null when the period is at fault
	 * @param fromText what the filter's field shows again
	 * @param toText what the filter's field shows again
	 * @param errors per field ({@code from}, {@code to})
	 */
	record Resolved(@Nullable LocalDate from, @Nullable LocalDate to, String fromText, String toText,
			Map<String, DefaultMessageSourceResolvable> errors) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

		/** The period as query parameters, for links that keep it. */
		public String query() {
			return "from=" + this.fromText + "&to=" + this.toText;
		}

	}

}
