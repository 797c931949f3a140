package org.gongkai.reporting.api;

import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An annual report that cannot be read or changed as asked: bad figures or texts (400), a
 * year without a report (404), a stale edit or a report past its draft (409), an unknown
 * export format (400), no Chinese font for the PDF (503).
 */
public class ReportException extends ProblemException {

	private final Map<String, MessageSourceResolvable> fieldErrors;

	private ReportException(HttpStatus status, String reason, Map<String, Object> properties,
			Map<String, MessageSourceResolvable> fieldErrors, Object... arguments) {
		super(status, "reporting.problem." + reason, properties, arguments);
		this.fieldErrors = fieldErrors;
	}

	/**
	 * @param fieldErrors per field, the message code under {@code reporting.field.} and
	 * its arguments
	 */
	public static ReportException invalid(Map<String, List<Object>> fieldErrors) {
		Map<String, MessageSourceResolvable> errors = fieldMessages("reporting", fieldErrors);
		return new ReportException(HttpStatus.BAD_REQUEST, "invalid",
				Map.of("fields", List.copyOf(errors.keySet()), "errors", errors), errors,
				errors.values().iterator().next(), errors.size());
	}

	/** Reports are computed for 2021 up to the current year only. */
	public static ReportException noSuchYear(int year, int currentYear) {
		return new ReportException(HttpStatus.NOT_FOUND, "no-such-year", Map.of(), Map.of(), String.valueOf(year),
				String.valueOf(currentYear));
	}

	public static ReportException stale(int year) {
		return new ReportException(HttpStatus.CONFLICT, "stale", Map.of(), Map.of(), String.valueOf(year));
	}

	public static ReportException notDraft(int year, ReportState state) {
		return new ReportException(HttpStatus.CONFLICT, "not-draft", Map.of(), Map.of(), String.valueOf(year),
				state.name());
	}

	/** An export format other than docx, pdf and xlsx. */
	public static ReportException unknownFormat(String format) {
		return new ReportException(HttpStatus.BAD_REQUEST, "unknown-format", Map.of("format", format), Map.of(),
				format);
	}

	/**
	 * No Chinese font could be loaded for the PDF: printing boxes instead of characters
	 * would be worse than refusing, and the operator is told which package to install.
	 * @param triedFonts the font files looked for
	 * @param fontPackage the Debian package that provides the first of them
	 */
	public static ReportException fontMissing(List<String> triedFonts, String fontPackage) {
		return new ReportException(HttpStatus.SERVICE_UNAVAILABLE, "font-missing", Map.of("package", fontPackage),
				Map.of(), String.join(", ", triedFonts), fontPackage);
	}

	/** Field name → message, for forms that show each next to its field. */
	public Map<String, MessageSourceResolvable> fieldErrors() {
		return this.fieldErrors;
	}

}
