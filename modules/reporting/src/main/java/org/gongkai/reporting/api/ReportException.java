package org.gongkai.reporting.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.web.ProblemException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An annual report that cannot be read or changed as asked: bad figures or texts (400), a
 * year without a report (404), a stale edit or a report past its draft (409), an unknown
 * export format (400), no Chinese font for the PDF (503).
 */
public class ReportException extends ProblemException {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

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

	/**
	 * Like {@link #invalid} for fields inside lists
	 * ({@code published.channels[1].count}): the label is looked up without the indices
	 * ({@code published.channels[].count}) and gets the 1-based positions as its
	 * arguments.
	 */
	public static ReportException invalidImport(Map<String, List<Object>> fieldErrors) {
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		fieldErrors.forEach((field, codeAndArguments) -> {
			List<Object> positions = new ArrayList<>();
			Matcher index = INDEX.matcher(field);
			while (index.find()) {
				positions.add(String.valueOf(Integer.parseInt(index.group(1)) + 1));
			}
			List<Object> arguments = new ArrayList<>();
			arguments.add(new DefaultMessageSourceResolvable(
					new String[] { "reporting.label." + INDEX.matcher(field).replaceAll("[]") }, positions.toArray(),
					field));
			arguments.addAll(codeAndArguments.subList(1, codeAndArguments.size()));
			errors.put(field, new DefaultMessageSourceResolvable(
					new String[] { "reporting.field." + codeAndArguments.get(0) }, arguments.toArray()));
		});
		return new ReportException(HttpStatus.BAD_REQUEST, "invalid",
				Map.of("fields", List.copyOf(errors.keySet()), "errors", errors), errors,
				errors.values().iterator().next(), errors.size());
	}

	/** An import would replace a report of the 2021 format the town is working on. */
	public static ReportException inUse(int year) {
		return new ReportException(HttpStatus.CONFLICT, "in-use", Map.of(), Map.of(), String.valueOf(year));
	}

	public static ReportException stale(int year) {
		return new ReportException(HttpStatus.CONFLICT, "stale", Map.of(), Map.of(), String.valueOf(year));
	}

	public static ReportException notDraft(int year, ReportState state) {
		return new ReportException(HttpStatus.CONFLICT, "not-draft", Map.of("state", state.name()), Map.of(),
				String.valueOf(year), state(state));
	}

	/**
	 * A workflow step the report's state does not allow (submitting an approved report,
	 * approving a draft…).
	 * @param action the step, as the message key suffix {@code reporting.action.*}
	 */
	public static ReportException notAllowed(int year, ReportState state, String action) {
		return new ReportException(HttpStatus.CONFLICT, "not-allowed", Map.of("state", state.name()), Map.of(),
				String.valueOf(year), state(state),
				new DefaultMessageSourceResolvable(new String[] { "reporting.action." + action }, action));
	}

	/** Blocking errors stand in the way of submission; the first is quoted. */
	public static ReportException blocked(int year, List<Finding> errors) {
		return new ReportException(HttpStatus.CONFLICT, "blocked",
				Map.of("findings", errors.stream().map(Finding::message).toList()), Map.of(), String.valueOf(year),
				errors.size(), errors.get(0).message());
	}

	/** An imported report is replaced by importing it again, not corrected here. */
	public static ReportException importedReport(int year) {
		return new ReportException(HttpStatus.CONFLICT, "imported", Map.of(), Map.of(), String.valueOf(year));
	}

	/** No version of the year's report is published (the portal's 404). */
	public static ReportException notPublished(int year) {
		return new ReportException(HttpStatus.NOT_FOUND, "not-published", Map.of(), Map.of(), String.valueOf(year));
	}

	private static MessageSourceResolvable state(ReportState state) {
		return new DefaultMessageSourceResolvable(new String[] { "reporting.state." + state.name() }, state.name());
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
