package org.gongkai.disclosure.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An item change that cannot be made: invalid fields or files (400, 413), unknown (404),
 * stale, out of turn or clashing (409).
 */
public class ItemException extends ProblemException {

	private final Map<String, MessageSourceResolvable> fieldErrors;

	private ItemException(HttpStatus status, String reason, Map<String, Object> properties,
			Map<String, MessageSourceResolvable> fieldErrors, Object... arguments) {
		super(status, "disclosure.problem.item." + reason, properties, arguments);
		this.fieldErrors = fieldErrors;
	}

	private ItemException(HttpStatus status, String reason, Map<String, Object> properties, Object... arguments) {
		this(status, reason, properties, Map.of(), arguments);
	}

	/**
	 * @param fieldErrors per field, the message code under {@code disclosure.field.} and
	 * its arguments
	 */
	public static ItemException invalid(Map<String, List<Object>> fieldErrors) {
		Map<String, MessageSourceResolvable> errors = fieldMessages("disclosure", fieldErrors);
		return new ItemException(HttpStatus.BAD_REQUEST, "invalid",
				Map.of("fields", List.copyOf(errors.keySet()), "errors", errors), errors,
				errors.values().iterator().next(), errors.size());
	}

	/** The field's name as the form shows it. */
	public static MessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { "disclosure.label." + field }, field);
	}

	/** One field at fault, by message code under {@code disclosure.field.}. */
	public static ItemException invalid(String field, String code, Object... arguments) {
		List<Object> codeAndArguments = new ArrayList<>();
		codeAndArguments.add(code);
		codeAndArguments.addAll(List.of(arguments));
		return invalid(Map.of(field, codeAndArguments));
	}

	public static ItemException notFound(Object id) {
		return new ItemException(HttpStatus.NOT_FOUND, "not-found", Map.of(), id);
	}

	public static ItemException changedMeanwhile(String title) {
		return new ItemException(HttpStatus.CONFLICT, "changed-meanwhile", Map.of(), title);
	}

	public static ItemException wrongState(String title, ItemState state) {
		return new ItemException(HttpStatus.CONFLICT, "wrong-state", Map.of("state", state.name()), title,
				new DefaultMessageSourceResolvable("disclosure.state." + state.name()));
	}

	public static ItemException indexNumberTaken(String indexNumber) {
		return new ItemException(HttpStatus.CONFLICT, "index-number-taken", Map.of("field", "indexNumber"),
				indexNumber);
	}

	public static ItemException fileType(String fileName) {
		return new ItemException(HttpStatus.BAD_REQUEST, "file-type", Map.of("field", "attachments"),
				Map.of("attachments", new DefaultMessageSourceResolvable(
						new String[] { "disclosure.problem.item.file-type" }, new Object[] { fileName })),
				fileName);
	}

	public static ItemException fileTooLarge(String fileName, long limitMegabytes) {
		return new ItemException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", Map.of("field", "attachments"),
				Map.of("attachments",
						new DefaultMessageSourceResolvable(new String[] { "disclosure.problem.item.file-too-large" },
								new Object[] { fileName, limitMegabytes })),
				fileName, limitMegabytes);
	}

	/** Field name → message, for forms that show each next to its field. */
	public Map<String, MessageSourceResolvable> fieldErrors() {
		return this.fieldErrors;
	}

}
