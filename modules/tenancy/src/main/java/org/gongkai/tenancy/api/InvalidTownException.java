package org.gongkai.tenancy.api;

import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * One or more fields of a new town are malformed: 400. The problem lists each field with
 * the bundle key of its message, so forms can show them beside the fields.
 */
public class InvalidTownException extends ProblemException {

	private final List<FieldError> errors;

	public InvalidTownException(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, "tenancy.problem.invalid-town",
				Map.of("errors",
						errors.stream().map(e -> Map.of("field", e.field(), "code", e.messageCode())).toList()),
				errors.stream().map(FieldError::field).toList().toString());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** A field at fault and the bundle key that explains why. */
	public record FieldError(String field, String messageCode) {
	}

}
