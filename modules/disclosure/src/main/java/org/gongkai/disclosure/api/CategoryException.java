package org.gongkai.disclosure.api;

import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/** A category change that cannot be made: unknown (404), stale (409) or invalid (400). */
public class CategoryException extends ProblemException {

	private CategoryException(HttpStatus status, String reason, Map<String, Object> properties, Object... arguments) {
		super(status, "disclosure.problem.category." + reason, properties, arguments);
	}

	public static CategoryException notFound(Object id) {
		return new CategoryException(HttpStatus.NOT_FOUND, "not-found", Map.of(), id);
	}

	public static CategoryException changedMeanwhile(String name) {
		return new CategoryException(HttpStatus.CONFLICT, "changed-meanwhile", Map.of(), name);
	}

	public static CategoryException invalid(String field, String reason, Object... arguments) {
		return new CategoryException(HttpStatus.BAD_REQUEST, reason, Map.of("field", field), arguments);
	}

}
